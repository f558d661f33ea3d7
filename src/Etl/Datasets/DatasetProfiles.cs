using IndicadoresServicio.Etl.Paac;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Plan;
using IndicadoresServicio.Etl.Surveys;
using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Datasets;

/// <summary>
/// The one place a profile's <c>"tipo"</c> picks its dataset, for every way a file gets loaded (<c>etl --perfil
/// --archivo</c>, the inboxes, the scheduled sources, requests handed to the server, the demo).
/// </summary>
public static class DatasetProfiles
{
    /// <summary>A profile without <c>"tipo"</c> is a petitions profile: every profile written before datasets were.</summary>
    public const string DefaultKind = "peticiones";

    /// <summary>
    /// Each dataset's <c>"tipo"</c> and how to open its profile. A new dataset (Etl/Surveys, Etl/Paac, Etl/Plan)
    /// adds its line here and nowhere else.
    /// </summary>
    private static readonly Dictionary<string, Func<string, DatasetProfile>> Kinds = new(StringComparer.Ordinal)
    {
        [DefaultKind] = PetitionDataset.Open,
        [PaacProfiles.Kind] = PaacDataset.Open,
        [PlanProfiles.Kind] = PlanDataset.Open,
        ["encuesta"] = SurveyDataset.Open,
        ["encuestas"] = SurveyDataset.Open,
    };

    /// <summary>Reads the profile's <c>"tipo"</c> and opens the profile as that dataset's. Throws
    /// <see cref="ProfileException"/> (Spanish, naming the file) for an unknown kind or a profile with errors.</summary>
    public static DatasetProfile Open(string profilePath)
    {
        var kind = ProfileKind.Read(profilePath) ?? DefaultKind;
        if (!Kinds.TryGetValue(kind, out var open))
            throw new ProfileException(profilePath,
                $"El perfil '{Path.GetFileName(profilePath)}' dice \"tipo\": \"{kind}\", que no es un conjunto de datos conocido. " +
                $"Los tipos posibles son: {string.Join(", ", Kinds.Keys)}.");
        return open(profilePath);
    }
}
