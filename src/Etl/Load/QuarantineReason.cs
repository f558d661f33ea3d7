namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// Why a row went to quarantine, as a stable code stored beside the row's Spanish text
/// (<c>etl_quarantine.reason_code</c>): the load summary and the Calidad de datos page group by it, so a reworded
/// message or a value inside it never splits a group. <see cref="Title"/> is what a group is called in Spanish.
/// </summary>
public sealed record QuarantineReason(string Code, string Title)
{
    // Any source file
    public static readonly QuarantineReason FieldCount = new("campos_no_coinciden", "la fila no tiene los campos del encabezado");
    public static readonly QuarantineReason UnclosedQuote = new("comillas_sin_cerrar", "la fila tiene comillas sin cerrar");
    public static readonly QuarantineReason DamagedText = new("texto_danado", "texto dañado por una codificación equivocada");

    // Dates and numbers, in any dataset
    public static readonly QuarantineReason UnreadableDate = new("fecha_ilegible", "la fecha no tiene ninguno de los formatos del perfil");
    public static readonly QuarantineReason DateOutOfRange = new("fecha_fuera_de_rango", "la fecha está fuera de las fechas admitidas");
    public static readonly QuarantineReason FutureDate = new("fecha_futura", "la fecha está en el futuro");
    public static readonly QuarantineReason NotANumber = new("numero_ilegible", "el valor no es un número");

    // Petitions
    public static readonly QuarantineReason EmptyRadicado = new("radicado_vacio", "el número de radicado está vacío");
    public static readonly QuarantineReason RadicadoTooLong = new("radicado_largo", "el número de radicado es demasiado largo: la columna no parece de radicados");
    public static readonly QuarantineReason RepeatedRadicado = new("radicado_repetido", "el radicado está repetido en el archivo");
    public static readonly QuarantineReason EmptyFilingDate = new("radicacion_vacia", "la fecha de radicación está vacía");
    public static readonly QuarantineReason AnsweredBeforeFiled = new("respuesta_antes_de_radicacion", "la respuesta es anterior a la radicación");
    public static readonly QuarantineReason EmptyType = new("tipo_vacio", "el tipo de petición está vacío");
    public static readonly QuarantineReason UnknownType = new("tipo_desconocido", "el tipo de petición no tiene equivalencia en el perfil");
    public static readonly QuarantineReason UnreadableTransfer = new("traslado_ilegible", "el valor no dice si la petición se trasladó");

    // Surveys
    public static readonly QuarantineReason OffScale = new("respuesta_fuera_de_escala", "la respuesta no está en la escala de la pregunta");
    public static readonly QuarantineReason RepeatedResponse = new("respuesta_repetida", "la respuesta ya apareció en el archivo");

    // PAAC
    public static readonly QuarantineReason InvalidProgress = new("avance_invalido", "el avance no es un porcentaje de 0 a 100");
    public static readonly QuarantineReason ActivityWithoutNumber = new("actividad_sin_numero", "la actividad no tiene número");
    public static readonly QuarantineReason UnknownComponent = new("componente_desconocido", "no se reconoce el componente del plan");
    public static readonly QuarantineReason RepeatedActivity = new("actividad_repetida", "la actividad está repetida");
    public static readonly QuarantineReason ActivityNotInPlan = new("actividad_fuera_del_plan", "la actividad no está, o no de una sola forma, en el plan cargado");

    // Plan goals
    public static readonly QuarantineReason GoalWithoutCode = new("meta_sin_codigo", "la fila no tiene código de meta");
    public static readonly QuarantineReason GoalCodeTooLong = new("codigo_meta_largo", "el código de meta es demasiado largo: la columna no parece de códigos");
    public static readonly QuarantineReason RepeatedGoal = new("meta_repetida", "la meta ya apareció en el archivo");
    public static readonly QuarantineReason GoalWithoutText = new("meta_sin_texto", "la meta no tiene texto");
    public static readonly QuarantineReason NegativeWeight = new("peso_negativo", "el peso de la meta es negativo");
    public static readonly QuarantineReason UnknownAccumulation = new("acumulacion_desconocida", "el tipo de acumulación no se reconoce");
    public static readonly QuarantineReason GoalNotInPlan = new("meta_fuera_del_plan", "la meta no está en el plan indicativo cargado");

    public static IReadOnlyList<QuarantineReason> All { get; } = typeof(QuarantineReason)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(QuarantineReason))
        .Select(f => (QuarantineReason)f.GetValue(null)!)
        .ToList();

    /// <summary>The reason stored under <paramref name="code"/>; null for rows quarantined before codes were stored.</summary>
    public static QuarantineReason? Of(string? code) => code is null ? null : All.FirstOrDefault(r => r.Code == code);
}
