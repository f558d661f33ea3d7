using System.Text.Json.Serialization;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>
/// How an entity's PAAC (or PTEP) workbook, or an OCI follow-up file, maps onto plan activities and their progress
/// at each cut-off. Written by clerks as JSON with Spanish keys (docs/paac.md); load it with
/// <see cref="PaacProfiles.Load"/>, which validates it.
/// </summary>
public sealed record PaacProfile
{
    [JsonPropertyName("tipo")]
    public string Kind { get; init; } = "";

    [JsonPropertyName("fuente")]
    public string Source { get; init; } = "";

    [JsonPropertyName("entidad")]
    public string Entity { get; init; } = "";

    /// <summary>"xlsx" (the only format plans are published in).</summary>
    [JsonPropertyName("formato")]
    public string Format { get; init; } = "xlsx";

    /// <summary>"PAAC" or "PTEP".</summary>
    [JsonPropertyName("plan")]
    public string Plan { get; init; } = "PAAC";

    /// <summary>The plan's year; null lets the reader take it from a title row ("VIGENCIA 2024").</summary>
    [JsonPropertyName("vigencia")]
    public int? Vigencia { get; init; }

    /// <summary>One sheet by name; null reads every sheet that has the header.</summary>
    [JsonPropertyName("hoja")]
    public string? Sheet { get; init; }

    /// <summary>1-based row of the header's first row; null finds it.</summary>
    [JsonPropertyName("fila_encabezado")]
    public int? HeaderRow { get; init; }

    /// <summary>1 or 2: with 2, a column is named by its lower header text, or the upper one where the lower is blank.</summary>
    [JsonPropertyName("filas_encabezado")]
    public int HeaderRows { get; init; } = 1;

    /// <summary>Where each row's component comes from: "titulo", "hoja" or "columna" (then <c>columnas.componente</c>).</summary>
    [JsonPropertyName("componente_de")]
    public string ComponentFrom { get; init; } = PaacComponentSource.Title;

    /// <summary>Field (see <see cref="PaacFields"/>) to the column header.</summary>
    [JsonPropertyName("columnas")]
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    /// <summary>The follow-up blocks of the plan workbook, one per cut-off.</summary>
    [JsonPropertyName("seguimientos")]
    public IReadOnlyList<FollowUpColumns> FollowUps { get; init; } = [];

    /// <summary>A follow-up file of one cut-off: its progress is in <c>columnas.avance</c> (and <c>columnas.observaciones</c>).</summary>
    [JsonPropertyName("corte")]
    public DateOnly? CutOff { get; init; }

    /// <summary>Only <c>valores.avance</c>: words to percent points ("Cumplida": 100).</summary>
    [JsonPropertyName("valores")]
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Values { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, double>>();

    [JsonPropertyName("alias_dependencias")]
    public IReadOnlyDictionary<string, string> DependencyAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>Quartz cron expression for scheduled loads of the source's drop folder.</summary>
    [JsonPropertyName("programacion")]
    public string? Schedule { get; init; }

    /// <summary>
    /// The follow-ups this file carries: <see cref="FollowUps"/>, or the one of <see cref="CutOff"/> read from
    /// <c>columnas.avance</c> and <c>columnas.observaciones</c>.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<FollowUpColumns> AllFollowUps => CutOff is { } cutOff && Columns.TryGetValue(PaacFields.Progress, out var progress)
        ? [.. FollowUps, new FollowUpColumns(cutOff, progress, Columns.GetValueOrDefault(PaacFields.Observations))]
        : FollowUps;

    /// <summary>A file with only activity numbers and progress: it updates activities of a plan loaded before.</summary>
    [JsonIgnore]
    public bool IsFollowUpOnly => !Columns.ContainsKey(PaacFields.Activity);
}

/// <summary>One cut-off's columns: the progress column and, optionally, the observations column.</summary>
public sealed record FollowUpColumns(
    [property: JsonPropertyName("corte")] DateOnly CutOff,
    [property: JsonPropertyName("avance")] string Progress,
    [property: JsonPropertyName("observaciones")] string? Observations);

/// <summary>The values of "componente_de".</summary>
public static class PaacComponentSource
{
    public const string Title = "titulo";
    public const string Sheet = "hoja";
    public const string Column = "columna";

    public static IReadOnlyList<string> All { get; } = [Title, Sheet, Column];
}

/// <summary>The keys of "columnas" in a PAAC profile.</summary>
public static class PaacFields
{
    public const string Component = "componente";
    public const string Subcomponent = "subcomponente";
    public const string ActivityId = "actividad_id";
    public const string Activity = "actividad";
    public const string Goal = "meta";
    public const string Responsible = "responsable";
    public const string ScheduledDate = "fecha_programada";
    public const string Progress = "avance";
    public const string Observations = "observaciones";

    public static IReadOnlyList<string> All { get; } =
        [Component, Subcomponent, ActivityId, Activity, Goal, Responsible, ScheduledDate, Progress, Observations];

    /// <summary>Columns where a blank cell under a filled one takes its value (written once and merged down).</summary>
    public static IReadOnlyList<string> CarriedDown { get; } = [Component, Subcomponent, Responsible];
}
