using System.Text.Json;
using System.Text.Json.Serialization;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Operations.Backup;

/// <summary>
/// <c>respaldo.json</c>, written last into a backup folder: what the folder holds and how many rows each table had,
/// so that <c>restaurar</c> can check the restored warehouse against it. A folder without it is not a finished backup.
/// </summary>
public sealed record BackupManifest(
    [property: JsonPropertyName("formato")] int Format,
    [property: JsonPropertyName("creado")] DateTimeOffset Created,
    [property: JsonPropertyName("motor")] string Engine,
    [property: JsonPropertyName("bodega")] string WarehouseFile,
    [property: JsonPropertyName("filas")] IReadOnlyDictionary<string, long> Rows,
    [property: JsonPropertyName("archivos")] IReadOnlyList<BackedUpFile> Files)
{
    public const string FileName = "respaldo.json";
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string EngineName(WarehouseEngine engine) => engine == WarehouseEngine.DuckDb ? "duckdb" : "postgresql";

    public void Write(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Options));

    public static BackupManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            throw new WarehouseException($"{folder} no es un respaldo terminado: le falta {FileName}.");
        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path))
                   ?? throw new WarehouseException($"{path} está vacío.");
        }
        catch (JsonException e)
        {
            throw new WarehouseException($"{path} no se puede leer: {e.Message}");
        }
    }
}

/// <summary>A configuration or profile file in the backup: where it was (relative to the installation when inside it) and its copy.</summary>
public sealed record BackedUpFile(
    [property: JsonPropertyName("origen")] string Origin,
    [property: JsonPropertyName("copia")] string Copy);
