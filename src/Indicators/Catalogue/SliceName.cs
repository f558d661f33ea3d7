namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// The name of a way to slice measures, as users type it (<c>--por dependencia</c>) and as it keys the output. The
/// well-known ones are defined here once; the engine compares these, never text. Text from a user becomes one
/// through <see cref="Parse"/> at the edge, and whether the source can be cut by it is the source's question
/// (<see cref="MeasureSource.FindSlice"/>), which answers an unknown name in Spanish.
/// </summary>
/// <remarks>
/// Names compare ignoring case because users type them (<c>--por Dependencia</c>); <see cref="Code"/> keeps the text
/// as given so that an error can quote it back.
/// </remarks>
public readonly struct SliceName : IEquatable<SliceName>
{
    public static readonly SliceName Entity = new("entidad");
    public static readonly SliceName Dependency = new("dependencia");
    public static readonly SliceName Channel = new("canal");
    public static readonly SliceName Type = new("tipo");
    public static readonly SliceName Topic = new("tema");
    public static readonly SliceName Month = new("mes");

    public static readonly SliceName Question = new("pregunta");
    public static readonly SliceName Dimension = new("dimension");
    public static readonly SliceName ValueGroup = new("grupo_valor");
    public static readonly SliceName PetitionTimeliness = new("oportunidad");
    public static readonly SliceName PetitionAnswerTime = new("tiempo_respuesta");

    public static readonly SliceName PaacPlan = new("plan");
    public static readonly SliceName Component = new("componente");
    public static readonly SliceName Subcomponent = new("subcomponente");
    public static readonly SliceName Vigencia = new("vigencia");

    public static readonly SliceName StrategicLine = new("linea");
    public static readonly SliceName Sector = new("sector");
    public static readonly SliceName Program = new("programa");
    public static readonly SliceName Goal = new("meta");

    private readonly string? _code;

    private SliceName(string code) => _code = code;

    /// <summary>The name as text: dependencia. The output key, the URL value and the word of the CLI.</summary>
    public string Code => _code ?? "";

    /// <summary>A name typed by a user or read from a URL, trimmed; it may name no slice of any source.</summary>
    public static SliceName Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SliceName(text.Trim());
    }

    public bool Equals(SliceName other) => string.Equals(Code, other.Code, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is SliceName other && Equals(other);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Code);

    public override string ToString() => Code;

    public static bool operator ==(SliceName left, SliceName right) => left.Equals(right);

    public static bool operator !=(SliceName left, SliceName right) => !left.Equals(right);
}
