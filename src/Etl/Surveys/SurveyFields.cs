namespace IndicadoresServicio.Etl.Surveys;

/// <summary>The response fields a survey profile can map under "columnas"; the Spanish keys clerks write.</summary>
public static class SurveyFields
{
    public const string Respuesta = "respuesta";
    public const string RespondidaEl = "respondida_el";
    public const string Dependencia = "dependencia";
    public const string Canal = "canal";
    public const string Radicado = "radicado";
    public const string GrupoValor = "grupo_valor";

    public static IReadOnlyList<string> All { get; } = [Respuesta, RespondidaEl, Dependencia, Canal, Radicado, GrupoValor];

    /// <summary>Fields whose source values "valores" may translate.</summary>
    public static IReadOnlyList<string> Translatable { get; } = [Canal, GrupoValor];
}
