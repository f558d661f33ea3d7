namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// The code of an indicator of the catalogue, as users type it (<c>--indicador PQ-OPO</c>), as URLs, config/metas.json
/// and every output name it, and as reports print it. Each code's text is written here once; the catalogue, the pages,
/// the reports and the CLI compare these, never text. Text from a user becomes one through <see cref="Parse"/> at the
/// edge, and whether it names an indicator is the catalogue's question (<see cref="IndicatorCatalogue.Find"/>).
/// </summary>
/// <remarks>
/// Codes compare ignoring case because users type them (<c>--indicador pq-opo</c>); <see cref="Text"/> keeps the text
/// as given so that an error can quote it back.
/// </remarks>
public readonly struct IndicatorCode : IEquatable<IndicatorCode>
{
    /// <summary>Volumen recibido.</summary>
    public static readonly IndicatorCode Volume = new("PQ-VOL");
    /// <summary>Respondidas.</summary>
    public static readonly IndicatorCode Answered = new("PQ-RESP");
    /// <summary>Tiempo medio de respuesta.</summary>
    public static readonly IndicatorCode AnswerTime = new("PQ-TMR");
    /// <summary>Oportunidad de respuesta.</summary>
    public static readonly IndicatorCode OnTime = new("PQ-OPO");
    /// <summary>Tasa de vencimiento.</summary>
    public static readonly IndicatorCode Overdue = new("PQ-VEN");
    /// <summary>Pendientes por vencer.</summary>
    public static readonly IndicatorCode DueSoon = new("PQ-PEND");
    /// <summary>Traslados por competencia.</summary>
    public static readonly IndicatorCode Transferred = new("PQ-TRASL");

    /// <summary>Encuestas aplicadas.</summary>
    public static readonly IndicatorCode SurveyResponses = new("SA-N");
    /// <summary>Nivel de satisfacción (los dos puntos más altos de la escala).</summary>
    public static readonly IndicatorCode Satisfaction = new("SA-T2B");
    /// <summary>Calificación promedio.</summary>
    public static readonly IndicatorCode MeanScore = new("SA-MEAN");
    /// <summary>Recomendación neta.</summary>
    public static readonly IndicatorCode NetPromoter = new("SA-NPS");

    /// <summary>Avance del PAAC.</summary>
    public static readonly IndicatorCode PaacProgress = new("PAAC-AV");
    /// <summary>Actividades del PAAC cumplidas.</summary>
    public static readonly IndicatorCode PaacCompleted = new("PAAC-CUMP");
    /// <summary>Actividades del PAAC rezagadas.</summary>
    public static readonly IndicatorCode PaacLagging = new("PAAC-REZ");

    /// <summary>Avance del año del plan de desarrollo.</summary>
    public static readonly IndicatorCode PlanYearProgress = new("PD-AV");
    /// <summary>Eficacia a la fecha del plan de desarrollo.</summary>
    public static readonly IndicatorCode PlanEfficacy = new("PD-EF");
    /// <summary>Avance del cuatrienio del plan de desarrollo.</summary>
    public static readonly IndicatorCode PlanFourYearProgress = new("PD-CUAT");
    /// <summary>Metas del plan de desarrollo programadas.</summary>
    public static readonly IndicatorCode PlanGoalsProgrammed = new("PD-N");

    private readonly string? _text;

    private IndicatorCode(string text) => _text = text;

    /// <summary>The code as text: PQ-OPO. The output value, the URL value, the key of config/metas.json.</summary>
    public string Text => _text ?? "";

    /// <summary>A code typed by a user or read from a URL or a file, trimmed; it may name no indicator.</summary>
    public static IndicatorCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new IndicatorCode(text.Trim());
    }

    public bool Equals(IndicatorCode other) => string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is IndicatorCode other && Equals(other);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Text);

    public override string ToString() => Text;

    public static bool operator ==(IndicatorCode left, IndicatorCode right) => left.Equals(right);

    public static bool operator !=(IndicatorCode left, IndicatorCode right) => !left.Equals(right);
}
