using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>
/// A small real export loaded through the real ETL, so the dashboard reads what a load really leaves: two
/// secretarías, due dates from the source that disagree with ours, and rows that go to quarantine.
/// </summary>
internal static class PetitionExport
{
    public const string Hacienda = "Secretaría de Hacienda";
    public const string Gobierno = "Secretaría de Gobierno";

    /// <summary>Its type is not a petition type: the row goes to quarantine with a reason that quotes it.</summary>
    public const string QuarantinedType = "TUTELA";

    /// <summary>A radicado that would run as a formula in a spreadsheet if a download did not neutralise it.</summary>
    public const string FormulaRadicado = "=HYPERLINK(\"http://127.0.0.1/x\")";

    public static readonly DateOnly CutOff = new(2024, 6, 30);

    private const string Profile = """
        {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["yyyy-MM-dd"],
         "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo", "canal": "Canal", "dependencia": "Dependencia",
                      "respondido_el": "Respuesta", "vencimiento_fuente": "Vence"},
         "valores": {"tipo": {"DERECHO DE PETICION": "peticion", "QUEJA": "queja"}, "canal": {"VENTANILLA": "presencial", "WEB": "virtual"}}}
        """;

    // Filed Wed 2024-03-27, petición (15 business days): due 2024-04-19 on the national calendar.
    private static readonly string[] Rows =
    [
        "Radicado;Fecha;Tipo;Canal;Dependencia;Respuesta;Vence",
        $"H-1;2024-03-27;DERECHO DE PETICION;VENTANILLA;{Hacienda};2024-04-10;2024-04-23",
        "H-2;2024-03-27;QUEJA;WEB;" + Hacienda + ";;2024-04-19",
        "\"" + FormulaRadicado.Replace("\"", "\"\"") + "\";2024-03-27;DERECHO DE PETICION;WEB;" + Hacienda + ";;2024-04-17",
        $"G-1;2024-03-27;DERECHO DE PETICION;VENTANILLA;{Gobierno};;2024-04-26",
        $"G-2;2024-03-27;{QuarantinedType};VENTANILLA;{Gobierno};;",
        $"G-3;fecha-mala;QUEJA;VENTANILLA;{Gobierno};;",
    ];

    public static LoadSummary LoadInto(Warehouse warehouse, string folder)
    {
        Directory.CreateDirectory(folder);
        var profile = Path.Combine(folder, "ventanilla.json");
        var export = Path.Combine(folder, "ventanilla-marzo.csv");
        File.WriteAllText(profile, Profile);
        File.WriteAllText(export, string.Join("\n", Rows) + "\n");
        return DatasetProfiles.Open(profile).LoadFile(warehouse, export, new FileLoadOptions(CutOff, CutOff, Path.Combine(folder, "sin-calendarios"), null));
    }
}
