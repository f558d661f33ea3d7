using System.Text.Json.Serialization;

namespace IndicadoresServicio.Etl.Profiles;

/// <summary>
/// What every profile of a file says the same way, whichever dataset it feeds (petitions, surveys, plan goals):
/// whose data it is and how to open the file. Each dataset's profile adds how the columns map.
/// </summary>
public abstract record SourceFileProfile
{
    /// <summary>Short stable name of the source, e.g. "ventanilla-unica"; the warehouse keys loads by it.</summary>
    [JsonPropertyName("fuente")]
    public string Source { get; init; } = "";

    /// <summary>The municipality or entity the data belong to.</summary>
    [JsonPropertyName("entidad")]
    public string Entity { get; init; } = "";

    [JsonPropertyName("formato")]
    public SourceFormat Format { get; init; }

    /// <summary>Text encoding name ("utf-8", "windows-1252", "latin-1"); null lets the reader detect it.</summary>
    [JsonPropertyName("codificacion")]
    public string? Encoding { get; init; }

    /// <summary>";", ",", "\t" or "tab"; null lets the reader detect it from the header line.</summary>
    [JsonPropertyName("separador")]
    public string? Delimiter { get; init; }

    /// <summary>Worksheet name for xlsx; null means the first sheet.</summary>
    [JsonPropertyName("hoja")]
    public string? Sheet { get; init; }

    /// <summary>1-based line (csv) or row (xlsx) of the header; null lets the reader find it.</summary>
    [JsonPropertyName("fila_encabezado")]
    public int? HeaderRow { get; init; }
}
