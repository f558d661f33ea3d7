using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>The petitions dataset (<c>"tipo": "peticiones"</c>, the default): its profile and how its sources load.</summary>
public static class PetitionDataset
{
    public static DatasetProfile Open(string profilePath)
    {
        var profile = MappingProfiles.Load(profilePath);
        return new DatasetProfile(DatasetProfiles.DefaultKind, profile.Source, profile.Schedule,
            (warehouse, file, options, progress, cancellation) => PetitionFileLoad.Run(warehouse, profile, file, options, progress, cancellation),
            profile.Format == SourceFormat.Postgres
                ? (warehouse, options, progress, cancellation) => PetitionDatabaseLoad.Run(warehouse, profile, options, progress, cancellation)
                : null);
    }
}
