using IndicadoresServicio.Warehousing.Committee;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>One report asked for, by the command line, the dashboard's download or the monthly job.</summary>
/// <param name="Previous">The period a comparison is made against when not the one of equal length just before (the last Mesa's).</param>
public sealed record ReportOrder(ReportKind Kind, Period Period, DateOnly CutOff, string? Dependency, Semester? Semester = null, int? Vigencia = null,
    Period? Previous = null)
{
    public PrintablePage Build(ReportContext context) => Kind switch
    {
        ReportKind.Annual => AnnualReport.Build(context, Vigencia!.Value, CutOff, AnnualConclusions.Read(context.Warehouse, Vigencia.Value)?.Conclusions),
        ReportKind.Scorecard => DependencyScorecard.Build(context, Period, CutOff, Dependency!),
        ReportKind.Committee => CommitteeReport.Build(context, Period, CutOff),
        ReportKind.Departmental => DepartmentalReport.Build(context, Period, CutOff, Previous),
        ReportKind.PublicPetitions => PublicPetitionsReport.Build(context, Semester!, CutOff),
        ReportKind.Paac => Web.Paac.PaacReport.Build(context, Vigencia!.Value, CutOff),
        ReportKind.Plan => Web.Plan.PlanReport.Build(context, Period.From.Year, CutOff),
        _ => throw new InvalidOperationException($"Informe desconocido: «{Kind}»."),
    };

    /// <summary>The annual report of <paramref name="vigencia"/> (its calendar year), measured at <paramref name="cutOff"/>.</summary>
    public static ReportOrder Annual(int vigencia, DateOnly cutOff) =>
        new(ReportKind.Annual, AnnualReport.PeriodOf(vigencia), cutOff, null, Vigencia: vigencia);
}
