using System.Text;
using IndicadoresServicio.Dashboard.Web.Surveys;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Surveys;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>The dependency table compares each dependency with the others only as far as the samples allow.</summary>
public sealed class SurveyComparisonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("indicadores-comparacion-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_dependency_is_called_higher_or_lower_than_the_rest_only_when_the_two_proportion_test_supports_it()
    {
        using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);
        // 40 answers each, top two: Alfa 36 (90 %), Beta 34 (85 %), Gama 20 (50 %), and Delta 5 of 6.
        // Alfa vs the other 86: 36/40 vs 59/86; pooled 95/126; z = 2.60 > 1.96: higher.
        // Beta: 34/40 vs 61/86; pooled 95/126; z = 1.71: no difference the samples support, though above the rest.
        // Gama: 20/40 vs 75/86; z = -4.51: lower. Delta: 6 answers, not compared.
        var rows = new StringBuilder("Marca temporal,Dependencia,Calificación\n");
        foreach (var (dependency, top, count) in new[] { ("Alfa", 36, 40), ("Beta", 34, 40), ("Gama", 20, 40), ("Delta", 5, 6) })
            for (var i = 0; i < count; i++)
                rows.Append($"2024/03/{1 + i % 28:00} 10:00:00 a. m. GMT-5,{dependency},{(i < top ? 5 : 2)}\n");
        File.WriteAllText(Path.Combine(_folder, "respuestas.csv"), rows.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(_folder, "perfil.json"), """
            {"tipo": "encuesta", "fuente": "comparacion", "entidad": "Alcaldía de Prueba", "formato": "csv",
             "formatos_fecha": ["yyyy/MM/dd h:mm:ss tt"], "columnas": {"respondida_el": "Marca temporal", "dependencia": "Dependencia"},
             "escalas": {"cinco": {"desde": 1, "hasta": 5}},
             "preguntas": [{"columna": "Calificación", "codigo": "SAT", "escala": "cinco"}]}
            """);
        SurveyLoad.Run(test.Warehouse, Path.Combine(_folder, "perfil.json"), Path.Combine(_folder, "respuestas.csv"),
            new FileLoadOptions(new(2024, 6, 30), new(2024, 6, 30), _folder, null));
        var march = Period.Of(new(2024, 3, 1), new(2024, 3, 31));
        var panel = IndicatorPanel.Measure(test.Warehouse, new MeasurementRequest(march, march.To, [IndicatorCode.SurveyResponses, IndicatorCode.Satisfaction, IndicatorCode.MeanScore], [SliceName.Dependency]), Targets.Defaults);

        var table = SurveyTables.BySlice("Satisfacción por dependencia", SliceName.Dependency, "Dependencia", panel.Results);

        var against = table.Columns.ToList().IndexOf("Frente al resto");
        table.Rows.ToDictionary(r => (string)r[0]!, r => (string)r[against]!).Should().Equal(new Dictionary<string, string>
        {
            ["Alfa"] = SurveyTables.Higher, ["Beta"] = SurveyTables.NoDifference, ["Gama"] = SurveyTables.Lower, ["Delta"] = SurveyTables.NotComparable,
        });
    }
}
