using IndicadoresServicio.Warehousing.Committee;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Reports;

/// <summary>One report asked for, by the command line, the dashboard's download or the monthly job.</summary>
/// <param name="Previous">The period a comparison is made against when not the one of equal length just before (the last Mesa's).</param>
public sealed record ReportOrder(string Kind, Period Period, DateOnly CutOff, string? Dependency, Semester? Semester = null, int? Vigencia = null,
    Period? Previous = null)
{
    public PrintablePage Build(ReportContext context) => Kind switch
    {
        "anual" => AnnualReport.Build(context, Vigencia!.Value, CutOff, AnnualConclusions.Read(context.Warehouse, Vigencia.Value)?.Conclusions),
        "ficha" => DependencyScorecard.Build(context, Period, CutOff, Dependency!),
        "comite" => CommitteeReport.Build(context, Period, CutOff),
        "departamental" => DepartmentalReport.Build(context, Period, CutOff, Previous),
        "pqrsd" => PublicPetitionsReport.Build(context, Semester!, CutOff),
        "paac" => Web.Paac.PaacReport.Build(context, Vigencia!.Value, CutOff),
        "plan" => Web.Plan.PlanReport.Build(context, Period.From.Year, CutOff),
        _ => throw new InvalidOperationException($"Informe desconocido: «{Kind}»."),
    };
}
