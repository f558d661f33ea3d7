using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Scheduling;

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
            var profile = DatasetProfiles.Open(source.Perfil);
            return new ScheduledSource(profile.Source, source.Perfil, source.Programacion ?? profile.Schedule ?? DefaultCron);
        }).ToList();
}
