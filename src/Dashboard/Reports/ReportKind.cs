namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>
/// The reports the product writes, by the command line (<c>informe anual</c>), the dashboard's download and the
/// scheduled jobs. Their Spanish words are <see cref="ReportKinds.Word"/>'s, written once; the CLI parses them at the
/// edge and everything after it compares these.
/// </summary>
/// <remarks>In the order the CLI lists them.</remarks>
public enum ReportKind
{
    /// <summary>The Mesa Técnica's annual report to the Comité.</summary>
    Annual,
    /// <summary>One dependency's scorecard.</summary>
    Scorecard,
    /// <summary>The report for the Comité Institucional de Gestión y Desempeño.</summary>
    Committee,
    /// <summary>The public semester report of PQRSD (Ley 1712 de 2014 art. 11).</summary>
    PublicPetitions,
    /// <summary>The OCI's follow-up of the PAAC/PTEP.</summary>
    Paac,
    /// <summary>The development plan's follow-up for the Consejo de Gobierno.</summary>
    Plan,
    /// <summary>The gobernación's report for the Mesa Departamental.</summary>
    Departmental,
}

/// <summary>What each <see cref="ReportKind"/> is called and how it is measured.</summary>
public static class ReportKinds
{
    public static IReadOnlyList<ReportKind> All { get; } = Enum.GetValues<ReportKind>();

    /// <summary>The word users type after <c>informe</c>; also the folder and file name of what the jobs write.</summary>
    public static string Word(this ReportKind kind) => kind switch
    {
        ReportKind.Annual => "anual",
        ReportKind.Scorecard => "ficha",
        ReportKind.Committee => "comite",
        ReportKind.PublicPetitions => "pqrsd",
        ReportKind.Paac => "paac",
        ReportKind.Plan => "plan",
        ReportKind.Departmental => "departamental",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>"anual, ficha, comite, ...": the words of <paramref name="kinds"/>, for a Spanish message.</summary>
    public static string Words(IEnumerable<ReportKind> kinds) => string.Join(", ", kinds.Select(Word));

    /// <summary>The report a word names, ignoring case and spaces around it; null when it names none.</summary>
    public static ReportKind? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return All.Cast<ReportKind?>().FirstOrDefault(k => string.Equals(k!.Value.Word(), text.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the cut-off may fall inside the report's period: the PAAC and the plan are followed through their year,
    /// while a petition filed after the cut-off did not exist yet at it.
    /// </summary>
    public static bool FollowedThroughPeriod(this ReportKind kind) => kind is ReportKind.Paac or ReportKind.Plan;
}
