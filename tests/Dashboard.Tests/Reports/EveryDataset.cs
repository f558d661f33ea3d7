using IndicadoresServicio.Dashboard.Tests.Plan;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.TestSupport.Paac;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>
/// The datasets beside petitions, loaded into a <see cref="ReportInstallation"/> for the reports' sections. Expected
/// figures, worked out by hand:
/// <list type="bullet">
/// <item>Plan (<see cref="PlanInstallation"/>, 2024 at 2024-09-30): Hacienda's 3204001 programmed 30, achieved 15,
/// PD-EF 50 % (bajo, ruta crítica), PD-AV 15/40 = 37,5 %; its 2.1.1 programmed 18, achieved 19, PD-EF 100 %, PD-AV
/// 19/34 = 55,9 %; Hacienda (0,5 + 1) / 2 = 75 %, satisfactorio; the plan 83,9 %, sobresaliente, one critical route.</item>
/// <item>PAAC 2024 at its 2024-08-31 follow-up: Hacienda's 4-1.1 at 100 % and 4-2.1 at 50 % are due, its 2-1.1 is
/// not: 75,0 %, amarillo. Component 1: Gobierno's 1.1 at 100 %, 1.2 unreported (0 %): 50,0 %, rojo; component 2:
/// nothing due; component 4: 75,0 %; the plan (50 + 75) / 2 = 62,5 %, amarillo; 5 activities, 4 due, 2 lagging, 1 unreported.</item>
/// <item>Surveys (<see cref="SurveyExport"/>, March 2024): Hacienda 25 of 32 in the top two, 78,1 %, Wilson 95 %
/// interval 61,2 % – 89,0 %; Gobierno 1 of 3, muestra insuficiente.</item>
/// <item>A weekly forecast stored with origin 2024-09-30 for Hacienda: 12,4, 11, 10,5 and 9,7 petitions in the first
/// four weeks (43,6: «unas 44»), then 8.</item>
/// </list>
/// </summary>
internal static class EveryDataset
{
    public static readonly DateOnly ForecastOrigin = new(2024, 9, 30);

    public static void LoadInto(ReportInstallation installation)
    {
        var warehouse = installation.Test.Warehouse;
        PlanInstallation.LoadInto(warehouse, Directory.CreateDirectory(installation.Output("plan")).FullName);
        SurveyExport.LoadInto(warehouse, installation.Output("encuestas"));
        var hacienda = ReportInstallation.Hacienda;
        var gobierno = ReportInstallation.Gobierno;
        new PaacFixture(warehouse).Add(ReportInstallation.Entity,
            new FixtureActivity(4, "1.1", hacienda, new(2024, 6, 30), PaacFixture.P(20, 100, 100)),
            new FixtureActivity(4, "2.1", hacienda, new(2024, 8, 15), PaacFixture.P(null, 50, 100)),
            new FixtureActivity(2, "1.1", hacienda, new(2024, 12, 31), PaacFixture.P(null, 10, 90)),
            new FixtureActivity(1, "1.1", gobierno, new(2024, 3, 30), PaacFixture.P(100, 100, 100)),
            new FixtureActivity(1, "1.2", gobierno, new(2024, 6, 30), PaacFixture.P(50, null, null)));
        double[] points = [12.4, 11, 10.5, 9.7, 8];
        var periods = points.Select((p, i) => new PeriodForecast(ForecastOrigin.AddDays(7 * i), i + 1, p, p - 3, p + 3)).ToList();
        ForecastStore.Save(warehouse, new DemandForecast(ForecastOrigin, ForecastFrequency.Week, "prueba", [],
            [new SeriesForecast(new SeriesKey(ArrivalSlice.Dependency, hacienda), ForecastMethod.Model, null, periods, [])], []),
            new DateTime(2024, 10, 1, 6, 0, 0));
    }
}
