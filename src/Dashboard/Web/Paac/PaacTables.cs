using IndicadoresServicio.Dashboard.CommandLine.PanelOutput;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Indicators.Paac;
using IndicadoresServicio.Core.Text;
using TableLight = IndicadoresServicio.Dashboard.Web.Tables.TrafficLight;
using LightColour = IndicadoresServicio.Dashboard.Web.Tables.LightColour;
using EngineLight = IndicadoresServicio.Indicators.Catalogue.TrafficLight;

namespace IndicadoresServicio.Dashboard.Web.Paac;

/// <summary>The PAAC tables, defined once for the page, the PDF report and the downloads.</summary>
public static class PaacTables
{
    public const string ComponentsKey = "componentes";
    public const string DependenciesKey = "dependencias";
    public const string LaggingKey = "rezagadas";
    public const string CutOffsKey = "cortes";
    public const string FollowUpKey = "seguimiento";

    public const string Unreported = "Sin reporte";

    public static readonly string[] ComponentColumns =
        ["Componente", "Actividades programadas", "Vencidas al corte", "Cumplidas", "Rezagadas", "Sin reporte", "% de avance", "Zona"];

    /// <summary>Per component and for the whole plan: programmed, due, completed, lagging, unreported, avance and zone.</summary>
    public static ReportTable Components(PaacFigures f)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (name, activities) in f.Components)
            rows.Add(Row(name, activities, PaacFigures.Of(f.ByComponent, SliceName.Component, name, IndicatorCode.PaacProgress)));
        rows.Add(Row("Plan (consolidado)", f.Activities, f.PlanResult(IndicatorCode.PaacProgress)));
        return new($"Avance por componente al {Date(f.CutOff)}", ComponentColumns, rows);
    }

    private static IReadOnlyList<object?> Row(string name, IReadOnlyList<PaacActivity> activities, IndicatorResult? avance) =>
    [
        name, (long)activities.Count, (long)activities.Count(a => a.IsDue), (long)activities.Count(a => a.IsDue && a.Progress >= 100),
        (long)activities.Count(a => a.IsLagging), (long)activities.Count(a => a.Unreported),
        Percent(avance?.Value), Zone(avance?.Light ?? EngineLight.SinDatos),
    ];

    /// <summary>Per dependency (responsable): due, completed, lagging, avance (mean of its own due activities) and zone.</summary>
    public static ReportTable Dependencies(PaacFigures f) =>
        new($"Avance por dependencia al {Date(f.CutOff)}", ["Dependencia", "Vencidas al corte", "Cumplidas", "Rezagadas", "% de avance", "Zona"],
            f.ByDependency.Results.Where(r => r.Code == IndicatorCode.PaacProgress).Select(r =>
            {
                var name = r.SliceValueOf(SliceName.Dependency)!;
                var due = f.Activities.Where(a => a.IsDue && (a.Responsible ?? "Sin responsable") == name).ToList();
                return (IReadOnlyList<object?>)[name, (long)due.Count, (long)due.Count(a => a.Progress >= 100), (long)due.Count(a => a.IsLagging),
                    Percent(r.Value), Zone(r.Light)];
            }).ToList());

    /// <summary>Due activities below 100 %: who is responsible, what the OCI observed, and "Sin reporte" when it reported nothing.</summary>
    public static ReportTable Lagging(PaacFigures f) =>
        new($"Actividades rezagadas al {Date(f.CutOff)}",
            ["Componente", "No.", "Actividad", "Responsable", "Fecha programada", "% de avance", "Observaciones", "Reporte"],
            f.Lagging.Select(a => (IReadOnlyList<object?>)
                [a.Component, a.Number, a.Activity, a.Responsible, a.Scheduled, a.Progress ?? 0, a.Observations, a.Unreported ? Unreported : "Reportada"])
                .ToList());

    /// <summary>What the OCI observed at this cut-off, component by component: every activity with an observation, due or not.</summary>
    public static ReportTable Observations(PaacFigures f) =>
        new($"Observaciones de la OCI al {Date(f.CutOff)}", ["Componente", "No.", "Actividad", "% de avance", "Observaciones"],
            f.Components.SelectMany(c => c.Activities).Where(a => !string.IsNullOrWhiteSpace(a.Observations))
                .Select(a => (IReadOnlyList<object?>)[a.Component, a.Number, a.Activity, a.Progress, a.Observations]).ToList());

    /// <summary>The avance of each component at the vigencia's three cut-offs, side by side.</summary>
    public static ReportTable CutOffs(PaacFigures f)
    {
        var columns = new List<string> { "Componente" };
        columns.AddRange(f.CutOffs.Select(c => $"Avance al {Date(c.CutOff)}"));
        var rows = f.Components.Select(c => (IReadOnlyList<object?>)
                [c.Name, .. f.CutOffs.Select(k => Percent(PaacFigures.Of(k.ByComponent, SliceName.Component, c.Name, IndicatorCode.PaacProgress)?.Value))])
            .Append([(object?)"Plan (consolidado)", .. f.CutOffs.Select(k => Percent(k.Plan.Results.Single(r => r.Code == IndicatorCode.PaacProgress).Value))])
            .ToList();
        return new($"Avance por corte, vigencia {f.Vigencia}", columns, rows);
    }

    /// <summary>The plan's avance per vigencia at the same cut-off (the earlier ones at their own last follow-up).</summary>
    public static ReportTable Trend(PaacFigures f) =>
        new("Avance del plan por vigencia", ["Vigencia", "% de avance", "Zona"],
            (f.Trend?.Results ?? []).Select(r => (IReadOnlyList<object?>)[r.SliceValueOf(SliceName.Vigencia), Percent(r.Value), Zone(r.Light)]).ToList());

    /// <summary>
    /// The OCI follow-up matrix as OCIs publish it: every activity of the plan with its component, subcomponent, goal,
    /// responsable, scheduled date, progress at the cut-off and observations (the XLSX download).
    /// </summary>
    public static ReportTable FollowUp(PaacFigures f) =>
        new($"Seguimiento {Plans(f)} {f.Vigencia} al {Iso(f.CutOff)}",
            ["Componente", "Subcomponente", "No.", "Actividad", "Meta o producto", "Responsable", "Fecha programada", "Vencida al corte",
             "% de avance", "Observaciones OCI", "Estado"],
            f.Activities.Select(a => (IReadOnlyList<object?>)
            [
                a.Component, a.Subcomponent, a.Number, a.Activity, a.Goal, a.Responsible, a.Scheduled, a.IsDue,
                a.Progress, a.Observations, State(a),
            ]).ToList());

    public static string State(PaacActivity a) => !a.IsDue ? "No vence aún"
        : a.Unreported ? Unreported
        : a.Progress >= 100 ? "Cumplida"
        : "Rezagada";

    private static string Plans(PaacFigures f) => string.Join(" y ", f.Activities.Select(a => a.Plan).Distinct().DefaultIfEmpty("PAAC"));

    public static string Percent(double? fraction) => SpanishFigures.Value(IndicatorUnit.Proportion, fraction);

    /// <summary>The contract's zones in words, with the shared traffic-light drawing; nothing due is «sin datos».</summary>
    public static object Zone(EngineLight light) => light switch
    {
        EngineLight.Verde => new TableLight(LightColour.Verde, "Verde: zona alta"),
        EngineLight.Amarillo => new TableLight(LightColour.Amarillo, "Amarillo: zona media"),
        EngineLight.Rojo => new TableLight(LightColour.Rojo, "Rojo: zona baja"),
        _ => "sin datos",
    };

    public static string Date(DateOnly date) => date.ToString("d 'de' MMMM 'de' yyyy", System.Globalization.CultureInfo.GetCultureInfo("es-CO"));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
