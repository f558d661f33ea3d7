using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Panels;

/// <summary>The table of the petitions behind a figure (the drill-down), as the engine lists them.</summary>
public static class ListingTables
{
    public const string PetitionsKey = "peticiones";

    public static ReportTable Petitions(IReadOnlyList<ListedPetition> petitions) =>
        new("Peticiones", ["Radicado", "Dependencia", "Tipo", "Canal", "Tema", "Radicada", "Vence", "Respondida", "Días hábiles", "Estado al corte"],
            petitions.Select(p => (IReadOnlyList<object?>)
            [
                p.Radicado, p.Dependency, p.Type, p.Channel, p.Topic, p.FiledOn, p.DueOn, p.AnsweredOn,
                p.BusinessDaysToAnswer is { } days ? (long)days : null,
                PetitionListing.Statuses.TryGetValue(p.Status, out var status) ? status : p.Status,
            ]).ToList());
}
