namespace IndicadoresServicio.Etl.Plan;

/// <summary>The fields a plan profile maps under "columnas"; the Spanish names are the keys clerks write.</summary>
public static class PlanFields
{
    public const string MetaId = "meta_id";
    public const string Linea = "linea";
    public const string Sector = "sector";
    public const string Programa = "programa";
    public const string Meta = "meta";
    public const string Indicador = "indicador";
    public const string Unidad = "unidad";
    public const string LineaBase = "linea_base";
    public const string MetaCuatrienio = "meta_cuatrienio";
    public const string TipoAcumulacion = "tipo_acumulacion";
    public const string Responsable = "responsable";
    public const string Peso = "peso";

    public static IReadOnlyList<string> All { get; } =
        [MetaId, Linea, Sector, Programa, Meta, Indicador, Unidad, LineaBase, MetaCuatrienio, TipoAcumulacion, Responsable, Peso];
}
