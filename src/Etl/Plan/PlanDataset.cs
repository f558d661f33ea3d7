using IndicadoresServicio.Etl.Datasets;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>The development-plan dataset (<c>"tipo": "plan"</c>): its profile and how its workbooks load.</summary>
public static class PlanDataset
{
    public static DatasetProfile Open(string profilePath)
    {
        var profile = PlanProfiles.Load(profilePath);
        return new DatasetProfile(PlanProfiles.Kind, profile.Source, profile.Schedule,
            (warehouse, file, options, _, cancellation) => PlanLoad.Run(warehouse, profile, file, options.CutOff, cancellation));
    }
}
