using IndicadoresServicio.Dashboard.CommandLine;

namespace IndicadoresServicio.Dashboard.Settings;

/// <summary>Reads <see cref="IndicadoresSettings"/> for the command line, with the same layers the server uses.</summary>
public static class SettingsFiles
{
    public static IConfigurationBuilder AddLayers(IConfigurationBuilder builder, Installation installation) =>
        builder
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(installation.Root, "config", "appsettings.json"), optional: true)
            .AddEnvironmentVariables();

    public static IndicadoresSettings Read(Installation installation)
    {
        var configuration = AddLayers(new ConfigurationBuilder(), installation).Build();
        var settings = configuration.GetSection(IndicadoresSettings.Section).Get<IndicadoresSettings>() ?? new IndicadoresSettings();
        foreach (var source in settings.Fuentes)
            source.Perfil = Path.GetFullPath(Path.Combine(installation.Root, source.Perfil));
        return settings;
    }
}
