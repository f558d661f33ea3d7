using System.Text.Json;
using System.Text.Json.Serialization;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Inbox;

/// <summary>
/// DuckDB lets one process write a file at a time. While `./indicadores servir` holds the embedded warehouse,
/// `./indicadores etl --archivo` leaves a request in <c>data/entrada/_solicitudes/</c>; the server loads it (the
/// same <see cref="DatasetProfile.LoadFile"/>) and writes the result next to it, which the command waits for and prints.
/// </summary>
public static class LoadRequests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public sealed record Request(
        [property: JsonPropertyName("perfil")] string ProfilePath,
        [property: JsonPropertyName("archivo")] string FilePath,
        [property: JsonPropertyName("corte")] DateOnly CutOff);

    public sealed record Result(
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("resumen")] LoadSummary? Summary,
        [property: JsonPropertyName("informe")] string? Report);

    public static string Submit(InboxFolders folders, Request request)
    {
        Directory.CreateDirectory(folders.Requests);
        var id = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"[..32];
        var temporary = Path.Combine(folders.Requests, id + ".tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(request with
        {
            ProfilePath = Path.GetFullPath(request.ProfilePath),
            FilePath = Path.GetFullPath(request.FilePath),
        }, Json));
        File.Move(temporary, Path.Combine(folders.Requests, id + ".solicitud.json"));
        return id;
    }

    /// <summary>Server side: loads every waiting request, oldest first, and answers each one.</summary>
    public static int ProcessPending(Warehouse warehouse, InboxFolders folders, Func<DateOnly, FileLoadOptions> options,
        Action<string>? log = null, CancellationToken cancellation = default)
    {
        if (!Directory.Exists(folders.Requests))
            return 0;
        var handled = 0;
        foreach (var file in Directory.GetFiles(folders.Requests, "*.solicitud.json").Order(StringComparer.Ordinal))
        {
            cancellation.ThrowIfCancellationRequested();
            var id = Path.GetFileName(file)[..^".solicitud.json".Length];
            var working = Path.Combine(folders.Requests, id + ".en-proceso.json");
            File.Move(file, working);
            Result result;
            try
            {
                var request = JsonSerializer.Deserialize<Request>(File.ReadAllText(working))!;
                log?.Invoke($"Solicitud {id}: cargando {request.FilePath}");
                var summary = DatasetProfiles.Open(request.ProfilePath).LoadFile(warehouse, request.FilePath, options(request.CutOff), cancellation: cancellation);
                result = new Result(null, summary, LoadReport.Full(summary, request.CutOff));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                result = new Result(e.Message, null, null);
            }
            var answer = Path.Combine(folders.Requests, id + ".resultado.tmp");
            File.WriteAllText(answer, JsonSerializer.Serialize(result, Json));
            File.Move(answer, Path.Combine(folders.Requests, id + ".resultado.json"));
            File.Delete(working);
            handled++;
        }
        return handled;
    }

    /// <summary>Client side: waits for the server's answer. Null when no server took the request in time.</summary>
    public static async Task<Result?> WaitFor(InboxFolders folders, string id, TimeSpan pickUpTimeout, CancellationToken cancellation)
    {
        var request = Path.Combine(folders.Requests, id + ".solicitud.json");
        var answer = Path.Combine(folders.Requests, id + ".resultado.json");
        var started = DateTime.UtcNow;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (File.Exists(answer))
            {
                var result = JsonSerializer.Deserialize<Result>(await File.ReadAllTextAsync(answer, cancellation));
                File.Delete(answer);
                return result;
            }
            if (File.Exists(request) && DateTime.UtcNow - started > pickUpTimeout)
            {
                File.Delete(request);
                return null;
            }
            await Task.Delay(250, cancellation);
        }
    }
}
