using IndicadoresServicio.Dashboard.Web.Pages.Shared;
using IndicadoresServicio.Indicators.EarlyWarning;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// The riesgo de vencimiento in the Comité report: the dependencies expected to let petitions expire in the four
/// weeks after the cut-off, as Por vencer shows them (<see cref="ExpiryRiskView"/>), so the Comité reads the same
/// table the mayor's office sees.
/// </summary>
internal static class RiskSection
{
    public static void ForCommittee(ReportDocument document, ReportContext context, DateOnly cutOff)
    {
        document.Heading("Riesgo de vencimiento en las próximas cuatro semanas");
        if (context.SharesWarehouse)
        {
            // Estimated by dependency over the whole warehouse: another municipality's same-named dependency would mix in.
            document.Paragraph(ReportContext.NotPerEntity, "nota");
            return;
        }
        var risk = ExpiryRiskView.Of(context.Warehouse, cutOff, null);
        document.Paragraph($"Peticiones que cada dependencia dejaría vencer entre el {ReportDates.Long(cutOff)} y el {ReportDates.Long(risk.FourWeeksEnd)} " +
                "si sigue al ritmo de sus respuestas de los últimos tres meses" +
                (risk.WithForecast ? ", contando las que el pronóstico espera que lleguen." : " (sin pronóstico guardado: solo las ya abiertas)."))
            .Table(risk.Table, $"Ninguna dependencia dejaría vencer {ExpiryRisk.AtRiskThreshold:0} petición o más en las próximas cuatro semanas a su ritmo actual.");
    }
}
