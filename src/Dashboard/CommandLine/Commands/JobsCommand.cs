using System.Globalization;
using System.Net.Http.Json;
using IndicadoresServicio.Dashboard.Hosting;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Etl.Inbox;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>trabajos</c>: the scheduled loads with their last and next run.</summary>
public static class JobsCommand
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static readonly Command Definition = new(
        "trabajos",
        "Lista las cargas programadas con su última y su próxima ejecución.",
        """
        Uso: ./indicadores trabajos [--bd ...]

        Una línea por fuente configurada: su programación (cron, hora de Colombia), la próxima ejecución, la
        última (cuándo, resultado, archivo, filas leídas y en cuarentena) y cuántos archivos esperan en
        data/entrada/<fuente>/. Si el servidor tiene abierta la bodega, se le pregunta a él.

        """,
        Run);

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        var settings = SettingsFiles.Read(context.Installation);
        var sources = ConfiguredSchedules.From(settings);
        if (sources.Count == 0)
        {
            await context.Out.WriteLineAsync("No hay fuentes configuradas (Indicadores:Fuentes en config/appsettings.json).");
            return 0;
        }
        IReadOnlyList<JobStatus> jobs;
        try
        {
            Migrator.Apply(warehouse);
            jobs = JobStatus.Read(warehouse, new InboxFolders(context.Installation.DataDirectory), sources, DateTimeOffset.Now);
        }
        catch (WarehouseException e) when (e.IsLocked)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            // The API needs a signed-in user; the command line proves it runs on this installation with the server's token.
            if (ServerToken.Read(context.Installation.DataDirectory) is { } token)
                http.DefaultRequestHeaders.Add(ServerToken.Header, token);
            jobs = await http.GetFromJsonAsync<List<JobStatus>>($"http://127.0.0.1:{ServerToken.Port(context.Installation.DataDirectory, settings.Puerto)}/api/trabajos", context.Cancellation)
                   ?? throw new WarehouseException("El servidor no respondió la lista de trabajos.");
        }
        await context.Out.WriteLineAsync($"{"fuente",-22} {"programación",-16} {"próxima ejecución",-18} {"última ejecución",-18} {"resultado",-10} {"leídas",9} {"cuarentena",10} {"en espera",9}");
        foreach (var job in jobs)
            await context.Out.WriteLineAsync(
                $"{job.Source,-22} {job.Cron,-16} {When(job.NextRun?.LocalDateTime),-18} {When(job.LastStartedUtc?.ToLocalTime()),-18} " +
                $"{job.LastStatus ?? "—",-10} {Number(job.LastRead),9} {Number(job.LastQuarantined),10} {job.FilesWaiting,9}");
        return 0;
    }

    private static string When(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm", Colombia) ?? "nunca";

    private static string Number(long? value) => value?.ToString("N0", Colombia) ?? "—";
}
