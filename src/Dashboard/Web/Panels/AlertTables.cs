using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Panels;

/// <summary>The tables of Por vencer y vencidas, from the engine's alert list (already by dependency, oldest due first).</summary>
public static class AlertTables
{
    public const string AlertsKey = "alertas";
    public const string DependenciesKey = "resumen";

    public static ReportTable Alerts(IReadOnlyList<PetitionAlert> alerts, int? take = null) =>
        new("Peticiones por vencer y vencidas", ["Dependencia", "Radicado", "Tipo", "Radicada", "Vence", "Días hábiles restantes", "Estado"],
            alerts.Take(take ?? int.MaxValue).Select(a => (IReadOnlyList<object?>)
                [a.Dependency, a.Radicado, a.Type, a.FiledOn, a.DueOn, (long)a.BusinessDaysLeft, State(a.BusinessDaysLeft)]).ToList());

    /// <summary>Per dependency, how many are overdue and how many fall due within the window.</summary>
    public static ReportTable Dependencies(IReadOnlyList<PetitionAlert> alerts) =>
        new("Alertas por dependencia", ["Dependencia", "Vencidas", "Por vencer", "Total"],
            alerts.GroupBy(a => a.Dependency)   // the list is already in Spanish order of dependency
                .Select(g => (IReadOnlyList<object?>)[g.Key, (long)g.Count(a => a.IsOverdue), (long)g.Count(a => !a.IsOverdue), (long)g.Count()])
                .ToList());

    /// <summary>The same table from the engine's counts (the page's summary, which never loads the whole list).</summary>
    public static ReportTable Dependencies(IReadOnlyList<DependencyAlertCount> counts) =>
        new("Alertas por dependencia", ["Dependencia", "Vencidas", "Por vencer", "Total"],
            counts.Select(c => (IReadOnlyList<object?>)[c.Dependency, c.Overdue, c.DueSoon, c.Total]).ToList());

    /// <summary>Business days left as a person says them; negative means the due date has passed.</summary>
    public static string State(int businessDaysLeft) => businessDaysLeft switch
    {
        < -1 => $"vencida hace {-businessDaysLeft} días hábiles",
        -1 => "vencida hace 1 día hábil",
        0 => "vence hoy",
        1 => "vence en 1 día hábil",
        _ => $"vence en {businessDaysLeft} días hábiles",
    };
}
