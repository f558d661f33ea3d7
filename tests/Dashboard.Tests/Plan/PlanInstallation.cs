using IndicadoresServicio.Etl.Plan;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport.Plan;

namespace IndicadoresServicio.Dashboard.Tests.Plan;

/// <summary>
/// The plan workbook of <see cref="PlanWorkbook"/> loaded into a warehouse, then a follow-up file that puts nothing in
/// the third quarter of goal 3204001: its PD-EF at 2024-09-30 falls to (10 + 5 + 0) / 30 = 50 %, a ruta crítica,
/// and the plan's to (0.5 + 110/115 + 0.9 + 1) / 4 = 83.9 %, sobresaliente.
/// </summary>
internal static class PlanInstallation
{
    public static readonly DateOnly CutOff = new(2024, 9, 30);

    public const double PlanEfficacy = (0.5 + 110.0 / 115 + 0.9 + 1) / 4;

    public static void LoadInto(Warehouse warehouse, string folder)
    {
        var (profile, workbook) = PlanWorkbook.Write(folder);
        PlanLoad.Run(warehouse, profile, workbook, CutOff);
        var followUpProfile = Path.Combine(folder, "seguimiento.json");
        File.WriteAllText(followUpProfile, """
            {"tipo": "plan", "fuente": "pdm-seguimiento", "entidad": "Alcaldía de Ejemplo", "formato": "csv", "cuatrienio": [2024, 2027],
             "columnas": {"meta_id": "Meta"}, "ejecutado": {"2024-T3": "Ejecutado T3"}}
            """);
        var followUp = Path.Combine(folder, "seguimiento-2024-T3.csv");
        File.WriteAllText(followUp, "Meta;Ejecutado T3\n3204001;0\n");
        PlanLoad.Run(warehouse, followUpProfile, followUp, CutOff);
    }
}
