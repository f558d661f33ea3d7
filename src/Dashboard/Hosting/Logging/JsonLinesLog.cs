using System.Globalization;
using System.Text;
using System.Text.Json;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Dashboard.Hosting.Logging;

/// <summary>
/// The server's log as JSON lines, beside the console's, one file per Colombian day
/// (<c>data/registros/indicadores-AAAA-MM-DD.jsonl</c>), the oldest deleted past <see cref="LogSettings.Conservar"/> days.
/// Each line carries the process run's id (<c>ejecucion</c>), so that the lines of one start of the server can be told
/// from the next one's. Messages are what the code logs, which by rule never holds personal data; the web host's
/// request lines (they carry query strings) are kept out whatever the configured level.
/// </summary>
public sealed class JsonLinesLog : ILoggerProvider
{
    public const string FolderName = "registros";
    private const string Prefix = "indicadores-";
    private const string Extension = ".jsonl";

    /// <summary>Categories that would write a request's path and query: kept out below warnings.</summary>
    public static readonly string[] RequestCategories = ["Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.AspNetCore.HttpLogging"];

    private readonly object _gate = new();
    private readonly string _folder;
    private readonly int _keepDays;
    private readonly TimeProvider _time;
    private StreamWriter? _writer;
    private DateOnly _day;

    public JsonLinesLog(string folder, int keepDays, TimeProvider time, string? runId = null)
    {
        _folder = folder;
        _keepDays = Math.Max(1, keepDays);
        _time = time;
        RunId = runId ?? Guid.NewGuid().ToString("N")[..12];
    }

    public string RunId { get; }

    public static string FileFor(string folder, DateOnly day) =>
        Path.Combine(folder, Prefix + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + Extension);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        lock (_gate)
        {
            _writer?.Dispose();
            _writer = null;
        }
    }

    private void Write(LogLevel level, string category, EventId eventId, string message, object? state, Exception? error)
    {
        var now = _time.GetUtcNow();
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("hora", now);
            json.WriteString("nivel", LevelName(level));
            json.WriteString("categoria", category);
            json.WriteString("ejecucion", RunId);
            if (eventId.Id != 0)
                json.WriteNumber("evento", eventId.Id);
            json.WriteString("mensaje", message);
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values && values.Any(v => v.Key != "{OriginalFormat}"))
            {
                json.WriteStartObject("datos");
                foreach (var (key, value) in values.Where(v => v.Key != "{OriginalFormat}"))
                {
                    switch (value)
                    {
                        case null: json.WriteNull(key); break;
                        case int or long or short or byte or decimal or double or float: json.WriteNumber(key, Convert.ToDecimal(value, CultureInfo.InvariantCulture)); break;
                        case bool b: json.WriteBoolean(key, b); break;
                        default: json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
                    }
                }
                json.WriteEndObject();
            }
            if (error is not null)
            {
                json.WriteStartObject("error");
                json.WriteString("tipo", error.GetType().FullName);
                json.WriteString("mensaje", error.Message);
                json.WriteString("pila", error.StackTrace);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        var line = Encoding.UTF8.GetString(buffer.ToArray());
        lock (_gate)
        {
            try
            {
                WriterFor(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ColombianTime.Zone).DateTime)).WriteLine(line);
            }
            catch (IOException)
            {
                // A full disk must not take the server down with it; the console log still has the line.
            }
        }
    }

    private StreamWriter WriterFor(DateOnly day)
    {
        if (_writer is not null && day == _day)
            return _writer;
        _writer?.Dispose();
        Directory.CreateDirectory(_folder);
        _writer = new StreamWriter(new FileStream(FileFor(_folder, day), FileMode.Append, FileAccess.Write, FileShare.ReadWrite), new UTF8Encoding(false))
        {
            AutoFlush = true,
        };
        _day = day;
        DeleteOlderThan(day.AddDays(1 - _keepDays));
        return _writer;
    }

    private void DeleteOlderThan(DateOnly oldestKept)
    {
        foreach (var file in Directory.EnumerateFiles(_folder, Prefix + "*" + Extension))
        {
            var name = Path.GetFileNameWithoutExtension(file)[Prefix.Length..];
            if (DateOnly.TryParseExact(name, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day < oldestKept)
            {
                try { File.Delete(file); } catch (IOException) { }
            }
        }
    }

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "traza",
        LogLevel.Debug => "depuracion",
        LogLevel.Information => "informacion",
        LogLevel.Warning => "advertencia",
        LogLevel.Error => "error",
        _ => "critico",
    };

    private sealed class Logger(JsonLinesLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                log.Write(logLevel, category, eventId, formatter(state, exception), state, exception);
        }
    }
}
