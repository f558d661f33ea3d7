using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Entities;

/// <summary>
/// Two municipalities in one warehouse (a gobernación's), each loaded through the real ETL with its own profile, and
/// both with a "Secretaría de Hacienda": Arriba's has three petitions, Abajo's two, so any mix of the two shows.
/// </summary>
internal static class TwoTowns
{
    public const string Arriba = "Alcaldía de Arriba";
    public const string Abajo = "Alcaldía de Abajo";
    public const string Hacienda = "Secretaría de Hacienda";
    public const string Gobierno = "Secretaría de Gobierno";

    public static readonly DateOnly CutOff = new(2024, 6, 30);

    // Counted by hand from the rows below.
    public const int ArribaHacienda = 3;
    public const int ArribaAll = 4;
    public const int AbajoHacienda = 2;
    public const int AbajoAll = 2;

    // PQ-OPO (on time / answered with a term), by hand: in 2024-H1 Arriba answered ARR-H-1 and ARR-G-1 within 15
    // business days and ARR-H-3 late (due 2024-04-01, answered 2024-04-30): 2 of 3; Abajo ABA-H-1 on time: 1 of 1.
    // In 2023-H1 Arriba 1 of 2 (ARR-P-2 answered in May), Abajo 1 of 1: Arriba improved 16,7 points, Abajo stayed.
    public const string ArribaOnTime = "66,7";
    public const string AbajoOnTime = "100";
    public const string ArribaOnTimeBefore = "50";

    private static readonly string[] ArribaRows =
    [
        $"ARR-H-1;2024-03-04;DERECHO DE PETICION;VENTANILLA;{Hacienda};2024-03-15",
        $"ARR-H-2;2024-03-05;QUEJA;WEB;{Hacienda};",
        $"ARR-H-3;2024-03-06;DERECHO DE PETICION;WEB;{Hacienda};2024-04-30",
        $"ARR-G-1;2024-03-07;DERECHO DE PETICION;VENTANILLA;{Gobierno};2024-03-20",
        // The first semester of 2023 (the last Mesa's period): one of two answered on time.
        $"ARR-P-1;2023-03-01;DERECHO DE PETICION;VENTANILLA;{Hacienda};2023-03-10",
        $"ARR-P-2;2023-03-01;DERECHO DE PETICION;VENTANILLA;{Gobierno};2023-05-30",
    ];

    private static readonly string[] AbajoRows =
    [
        $"ABA-H-1;2024-03-04;DERECHO DE PETICION;VENTANILLA;{Hacienda};2024-03-11",
        $"ABA-H-2;2024-03-08;QUEJA;VENTANILLA;{Hacienda};",
        $"ABA-P-1;2023-03-01;DERECHO DE PETICION;VENTANILLA;{Hacienda};2023-03-08",
    ];

    public static void LoadInto(Warehouse warehouse, string folder)
    {
        LoadArribaInto(warehouse, folder);
        Load(warehouse, Path.Combine(folder, "abajo"), Abajo, AbajoRows);
    }

    /// <summary>Arriba alone: a warehouse of a single entity.</summary>
    public static void LoadArribaInto(Warehouse warehouse, string folder) => Load(warehouse, Path.Combine(folder, "arriba"), Arriba, ArribaRows);

    private static void Load(Warehouse warehouse, string folder, string entity, string[] rows)
    {
        Directory.CreateDirectory(folder);
        var profile = Path.Combine(folder, "ventanilla.json");
        var export = Path.Combine(folder, "ventanilla-marzo.csv");
        File.WriteAllText(profile, """
            {"fuente": "ventanilla-FUENTE", "entidad": "ENTIDAD", "formato": "csv", "separador": ";", "formatos_fecha": ["yyyy-MM-dd"],
             "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo", "canal": "Canal", "dependencia": "Dependencia",
                          "respondido_el": "Respuesta"},
             "valores": {"tipo": {"DERECHO DE PETICION": "peticion", "QUEJA": "queja"}, "canal": {"VENTANILLA": "presencial", "WEB": "virtual"}}}
            """.Replace("FUENTE", Path.GetFileName(folder)).Replace("ENTIDAD", entity));
        File.WriteAllText(export, "Radicado;Fecha;Tipo;Canal;Dependencia;Respuesta\n" + string.Join("\n", rows) + "\n");
        DatasetProfiles.Open(profile).LoadFile(warehouse, export, new FileLoadOptions(CutOff, CutOff, Path.Combine(folder, "sin-calendarios"), null));
    }
}
