using IndicadoresServicio.Etl.Datasets;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>The PAAC / PTEP dataset (<c>"tipo": "paac"</c>): its profile and how its workbooks load.</summary>
public static class PaacDataset
{
    public static DatasetProfile Open(string profilePath)
    {
        var profile = PaacProfiles.Load(profilePath);
        return new DatasetProfile(PaacProfiles.Kind, profile.Source, profile.Schedule,
            (warehouse, file, options, _, cancellation) => PaacLoad.Run(warehouse, profile, file, options.Today, cancellation));
    }
}
