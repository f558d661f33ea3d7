using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Etl.Surveys;

namespace IndicadoresServicio.Dashboard.Hosting;

/// <summary>
/// The configured sources as schedules: the cron of the settings, else the profile's "programacion", else
/// every day at 6 a. m. (Colombian time), before the offices open.
/// </summary>
public static class ConfiguredSchedules
{
    public const string DefaultCron = "0 0 6 * * ?";

    public static IReadOnlyList<ScheduledSource> From(IndicadoresSettings settings) =>
        settings.Fuentes.Select(source =>
        {
            var (name, schedule) = SurveyProfiles.IsSurvey(source.Perfil)
                ? SurveyProfiles.Load(source.Perfil) is var survey ? (survey.Source, survey.Schedule) : default
                : MappingProfiles.Load(source.Perfil) is var profile ? (profile.Source, profile.Schedule) : default;
            return new ScheduledSource(name, source.Perfil, source.Programacion ?? schedule ?? DefaultCron);
        }).ToList();
}
