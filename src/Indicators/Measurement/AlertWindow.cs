using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// PQ-PEND's window: for each period, the last day at most <c>alert_days</c> national business days after its
/// cut-off (due dates fall on business days, so "due within the window" is "due on or before this day"), as
/// <c>dim_date</c> would give it: the day before the (alert_days + 1)-th business day after the cut-off, no later
/// than the dimension's last day. Worked out here, from the calendar that fills <c>dim_date</c>, rather than
/// looked up: the measure query then compares with constants (PostgreSQL scans the facts in parallel only then)
/// and no round trip precedes it. A test checks it against <c>dim_date</c> on both engines.
/// </summary>
public static class AlertWindow
{
    /// <summary>Null when a cut-off is outside <c>dim_date</c>: then no petition is due within the window.</summary>
    public static (DateOnly? Current, DateOnly? Previous) Ends(MeasurementRequest request) =>
        (End(request.CutOff, request.AlertDays), End(request.PreviousCutOff, request.AlertDays));

    public static DateOnly? End(DateOnly cutOff, int alertDays)
    {
        if (cutOff < DateDimension.First || cutOff > DateDimension.Last)
            return null;
        // dim_date is the whole calendar: a window reaching past its last business day ends with it.
        var calendar = BusinessCalendar.National;
        if (alertDays >= calendar.BusinessDaysBetween(cutOff, DateDimension.Last))
            return DateDimension.Last;
        var nextOutside = calendar.AddBusinessDays(cutOff, alertDays + 1);
        var end = nextOutside.AddDays(-1);
        return end > DateDimension.Last ? DateDimension.Last : end;
    }
}
