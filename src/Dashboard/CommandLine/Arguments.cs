using System.Globalization;

namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>
/// A command's options as typed: <c>--name value</c>, <c>--name=value</c> and bare flags (<c>--lote</c>).
/// Every accessor reports a bad value in Spanish, naming the option.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args, IReadOnlySet<string> flags)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                Positional.Add(arg);
                continue;
            }
            var name = arg[2..];
            string? value = null;
            var eq = name.IndexOf('=');
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }
            else if (!flags.Contains(name) && name != "help" && i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = list[++i];
            }
            _options[name] = value;
        }
    }

    public List<string> Positional { get; } = [];

    public bool WantsHelp => _options.ContainsKey("help") || _options.ContainsKey("ayuda");

    public bool Flag(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Text(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value))
            return null;
        if (string.IsNullOrWhiteSpace(value))
            throw new UsageException($"La opción --{name} necesita un valor.");
        return value;
    }

    public string RequiredText(string name) =>
        Text(name) ?? throw new UsageException($"Falta la opción --{name}.");

    public DateOnly? Date(string name)
    {
        var text = Text(name);
        return text is null ? null : ParseDate(text, $"--{name}");
    }

    public DateOnly RequiredDate(string name) =>
        Date(name) ?? throw new UsageException($"Falta la opción --{name} (una fecha AAAA-MM-DD).");

    public int? Integer(string name, int min, int max)
    {
        var text = Text(name);
        if (text is null)
            return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new UsageException($"La opción --{name} debe ser un número entero entre {min} y {max}; se recibió «{text}».");
        return value;
    }

    /// <summary>Options the command never asked for: most likely a typo the user should hear about.</summary>
    public void RejectUnknown()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k) && k is not "help" and not "ayuda").ToList();
        if (unknown.Count > 0)
            throw new UsageException($"Opción desconocida: --{unknown[0]}. Use --help para ver las opciones.");
    }

    public static DateOnly ParseDate(string text, string where)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new UsageException($"{where}: la fecha «{text}» no es válida (use AAAA-MM-DD, por ejemplo 2024-03-27).");
    }
}
