using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Tests.Sources;

/// <summary>Small profiles built in code; each test adds what it is about with a "with" expression.</summary>
internal static class TestProfiles
{
    public const string Salt = "sal-de-prueba-suficientemente-larga";

    public static MappingProfile Csv { get; } = new()
    {
        Source = "prueba",
        Entity = "Alcaldía de Prueba",
        Format = SourceFormat.Csv,
        Columns = new Dictionary<string, string>
        {
            [CanonicalFields.Radicado] = "No. Radicado",
            [CanonicalFields.RadicadoEl] = "Fecha Radicación",
            [CanonicalFields.Tipo] = "Tipo",
        },
    };

    public static MappingProfile Xlsx { get; } = Csv with { Format = SourceFormat.Xlsx };
}
