using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>A printed PDF read back with poppler's pdfinfo and pdftotext, as a person's viewer would show it.</summary>
internal sealed partial record PdfText(int Pages, string Text)
{
    public static PdfText Read(string pdfPath)
    {
        var info = Run("pdfinfo", pdfPath);
        var pages = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        return new PdfText(pages, Run("pdftotext", "-layout", pdfPath, "-"));
    }

    /// <summary>The text with every run of spaces and line breaks made one space, so a wrapped sentence reads whole.</summary>
    public string Flat => Whitespace().Replace(Text, " ");

    /// <summary>The first printed line of the panel row whose code cell is <paramref name="code"/>.</summary>
    public string RowStartingWith(string code) =>
        Text.Split('\n').Select(l => Spaces().Replace(l.Trim(), " ")).FirstOrDefault(l => l.StartsWith(code + " ", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"Ninguna fila empieza por {code}:\n{Text}");

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"Falta {program}: ejecute ./test.sh o instale poppler-utils (apt-get install -y poppler-utils).");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{program} falló: {error}");
            return output;
        }
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
