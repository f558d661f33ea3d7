using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>informe ... --entidad X</c>: in a warehouse holding several municipalities (a gobernación's), a ficha, a Comité
/// report or a PQRSD report of one of them, measured and headed as that municipality's. A ficha without one is
/// measured by the dependency's name, which is enough while one entity has a dependency of that name; when several have one (two municipalities may each have a
/// "Secretaría de Hacienda") it must name its entity.
/// </summary>
internal static class ReportEntityOption
{
    private static readonly ReportKind[] Kinds = [ReportKind.Scorecard, ReportKind.Committee, ReportKind.PublicPetitions];

    public static ReportContext Apply(ReportContext reports, ReportKind kind, string? entity, string? dependency = null)
    {
        var loaded = FilterChoices.Load(reports.Warehouse).Entities.Select(c => c.Value).ToList();
        if (entity is null)
        {
            if (kind != ReportKind.Scorecard || loaded.Count <= 1)
                return reports;
            // A same-named dependency that only a survey or a plan named, with no petitions, does not make a ficha ambiguous.
            var owners = PetitionEntities.WithDependency(reports.Warehouse, dependency ?? "");
            if (owners.Count > 1)
                throw new UsageException($"{owners.Count} entidades tienen una «{dependency}» ({string.Join(", ", owners)}): indique la de la dependencia con --entidad \"...\".");
            // One entity has it (or none): the dependency's name alone already measures only that one.
            return reports;
        }
        if (!Kinds.Contains(kind))
            throw new UsageException($"--entidad solo aplica a los informes {ReportKinds.Words(Kinds)}.");
        var name = loaded.FirstOrDefault(e => TextKey.Fold(e) == TextKey.Fold(entity))
            ?? throw new UsageException($"La entidad «{entity}» no aparece en los datos cargados. Entidades: {string.Join(", ", loaded)}.");
        return reports.ConfinedTo(new EntityScope(name, loaded.Count > 1));
    }
}
