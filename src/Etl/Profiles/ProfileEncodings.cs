using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace IndicadoresServicio.Etl.Profiles;

/// <summary>
/// The encodings a profile may name. Colombian document systems export either UTF-8 or the
/// Windows Western code page; latin-1 is accepted because clerks often call it that.
/// </summary>
internal static class ProfileEncodings
{
    static ProfileEncodings() =>
        // windows-1252 lives in the code-pages provider, which .NET does not register by default.
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static Encoding Windows1252 => System.Text.Encoding.GetEncoding(1252);

    public static bool TryResolve(string? name, [NotNullWhen(true)] out Encoding? encoding)
    {
        encoding = (name ?? "").Trim().ToLowerInvariant() switch
        {
            "utf-8" or "utf8" => Utf8,
            "windows-1252" or "cp1252" or "ansi" => Windows1252,
            "latin-1" or "latin1" or "iso-8859-1" => System.Text.Encoding.Latin1,
            _ => null,
        };
        return encoding is not null;
    }

    public static string Accepted => "\"utf-8\", \"windows-1252\" o \"latin-1\"";
}
