using IndicadoresServicio.Etl.Datasets;

namespace IndicadoresServicio.Etl.Surveys;

/// <summary>The citizen-satisfaction surveys dataset (<c>"tipo": "encuesta"</c> or <c>"encuestas"</c>).</summary>
public static class SurveyDataset
{
    public static DatasetProfile Open(string profilePath)
    {
        var profile = SurveyProfiles.Load(profilePath);
        return new DatasetProfile(SurveyProfiles.Kinds[0], profile.Source, profile.Schedule,
            (warehouse, file, options, progress, cancellation) => SurveyLoad.Run(warehouse, profile, file, options, progress, cancellation));
    }
}
