using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Indicators.Quality;
using IndicadoresServicio.Warehousing.Loads;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Etl.Scheduling;

namespace IndicadoresServicio.Dashboard.Web.Quality;

/// <summary>The Calidad de datos tables, each defined once for the page and for its download.</summary>
public static class QualityTables
{
    public const string RunsKey = "cargas";
    public const string ReasonsKey = "motivos";
    public const string QuarantineKey = "cuarentena";
    public const string DisagreementsKey = "vencimientos";

    public static ReportTable Runs(IEnumerable<EtlRunRow> runs) => new(
        "Cargas",
        ["Carga", "Fuente", "Archivo", "Inicio", "Fin", "Resultado", "Leídas", "Nuevas", "Actualizadas", "Sin cambios", "En cuarentena", "Error"],
        runs.Select(r => (IReadOnlyList<object?>)
        [
            r.RunId, r.Source, r.FileName, Colombian(r.StartedAt), r.FinishedAt is { } f ? Colombian(f) : null, Outcome(r),
            r.RowsRead, r.RowsInserted, r.RowsUpdated, r.RowsUnchanged, r.RowsQuarantined, r.Error,
        ]).ToList());

    public static ReportTable Reasons(IEnumerable<ReasonCount> reasons) => new(
        "Cuarentena por motivo",
        ["Motivo", "Columna", "Filas", "Archivos"],
        reasons.Select(r => (IReadOnlyList<object?>)[r.Reason, r.Column, r.Rows, r.Files]).ToList());

    public static ReportTable Quarantine(IEnumerable<QuarantinedRow> rows) => new(
        "Filas en cuarentena",
        ["Fuente", "Archivo", "Línea", "Columna", "Motivo", "Cargada"],
        rows.Select(r => (IReadOnlyList<object?>)
            [r.Source, r.FileName, r.Line, r.ColumnName, r.Reason, r.LoadedAt is { } t ? Colombian(t) : null]).ToList());

    public static ReportTable Disagreements(IEnumerable<DueDateDisagreement> rows) => new(
        "Vencimientos distintos a la fuente",
        ["Radicado", "Entidad", "Dependencia", "Radicada el", "Vence (calculado)", "Vence (según la fuente)",
         "Diferencia (días hábiles)", "Diferencia (días calendario)"],
        rows.Select(r => (IReadOnlyList<object?>)
            [r.Radicado, r.Entity, r.Dependency, r.FiledOn, r.OurDue, r.TheirDue, r.BusinessDays, r.CalendarDays]).ToList());

    /// <summary>A run's result as a traffic light with words: quarantined rows make a successful run amber.</summary>
    public static TrafficLight Outcome(EtlRunRow run) => run.Status switch
    {
        RunStatus.Succeeded when run.RowsQuarantined > 0 => new(LightColour.Amarillo, "Exitosa, con cuarentena"),
        RunStatus.Succeeded => new(LightColour.Verde, "Exitosa"),
        RunStatus.SucceededWithWarnings => new(LightColour.Rojo, "Con advertencias"),
        RunStatus.Failed => new(LightColour.Rojo, "Fallida"),
        RunStatus.Interrupted => new(LightColour.Rojo, "Interrumpida"),
        RunStatus.Running => new(LightColour.Amarillo, "En curso"),
        _ => new(LightColour.Amarillo, run.Status),
    };

    /// <summary>The run log keeps UTC; people read Colombian time.</summary>
    private static DateTime Colombian(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ScheduledSource.Colombia);
}
