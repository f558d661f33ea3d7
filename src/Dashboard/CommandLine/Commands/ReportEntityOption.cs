using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Dashboard.Web.Security;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>informe ... --entidad X</c>: in a warehouse holding several municipalities (a gobernación's), a ficha, a Comité
/// report or a PQRSD report of one of them, measured and headed as that municipality's. A ficha must name its entity
/// there: two municipalities may each have a "Secretaría de Hacienda".
/// </summary>
internal static class ReportEntityOption
{
    private static readonly string[] Kinds = ["ficha", "comite", "pqrsd"];

    public static ReportContext Apply(ReportContext reports, string kind, string? entity)
    {
        var loaded = FilterChoices.Load(reports.Warehouse).Entities.Select(c => c.Value).ToList();
        if (entity is null)
        {
            if (kind == "ficha" && loaded.Count > 1)
                throw new UsageException($"La bodega tiene {loaded.Count} entidades ({string.Join(", ", loaded)}): indique la de la dependencia con --entidad \"...\".");
            return reports;
        }
        if (!Kinds.Contains(kind))
            throw new UsageException($"--entidad solo aplica a los informes {string.Join(", ", Kinds)}.");
        var name = loaded.FirstOrDefault(e => TextKey.Fold(e) == TextKey.Fold(entity))
            ?? throw new UsageException($"La entidad «{entity}» no aparece en los datos cargados. Entidades: {string.Join(", ", loaded)}.");
        return reports.ConfinedTo(new EntityScope(name, loaded.Count > 1));
    }
}
