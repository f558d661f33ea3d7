using System.Text.Json;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Inbox;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>etl</c>: loads petition exports into the warehouse. With --archivo, one file through one profile; without
/// it, every file waiting in the drop folders of the configured sources. Rows that cannot be loaded are
/// quarantined with file, line, column and reason; nothing is lost and a re-run changes nothing.
/// </summary>
public static class EtlCommand
{
    public static readonly Command Definition = new(
        "etl",
        "Carga exportaciones de PQRSD (CSV o XLSX) a la bodega, con cuarentena de filas malas.",
        """
        Uso: ./indicadores etl --perfil profiles/fuente.json --archivo exportacion.csv [--corte AAAA-MM-DD] [--json] [--bd ...]
             ./indicadores etl [--perfil profiles/fuente.json] [--corte AAAA-MM-DD] [--bd ...]

        Con --archivo carga ese archivo usando el perfil de mapeo (véase docs/mapping-profiles.md). Cada fila
        queda cargada o en cuarentena (tabla etl_quarantine) con el archivo, la línea, la columna y el motivo;
        los datos personales que el perfil declara nunca llegan a la bodega. Cargar de nuevo el mismo archivo no
        cambia nada; una exportación posterior actualiza respuestas y prórrogas. Toda la carga es una sola
        transacción: si se interrumpe (Ctrl+C) la bodega queda como estaba.

        Sin --archivo procesa las fuentes configuradas (Indicadores:Fuentes en config/appsettings.json, o solo
        la de --perfil): carga cada archivo dejado en data/entrada/<fuente>/ y lo mueve a data/procesados/
        (o a data/rechazados/ con un archivo .motivo.txt si no se pudo cargar). Un archivo ya cargado antes,
        con el mismo contenido, no se vuelve a cargar.

        --corte    fecha a la que se informa el estado de las peticiones (por omisión, hoy)
        Si más del 5 % de las filas (Indicadores:UmbralCuarentena, en porcentaje; al menos 10 filas) queda en
        cuarentena, o unas comillas sin cerrar absorben el resto del archivo, la carga termina «con advertencias»
        y el comando sale con el código 3.

        --json     al final escribe en la salida estándar un objeto
                   {"leidas":N,"insertadas":N,"actualizadas":N,"sin_cambios":N,"en_cuarentena":N}
                   (el informe legible va a la salida de errores)

        Si el disco de la bodega se llena durante la carga, no se guarda nada de ella, el archivo se queda en la
        entrada y el comando sale con el código 1: libere espacio y repita.

        Si «./indicadores servir» tiene abierta la bodega DuckDB, el archivo se le entrega al servidor y el
        comando espera su resultado.

        """,
        Run,
        new HashSet<string> { "json" });

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        var profilePath = arguments.Text("perfil");
        var file = arguments.Text("archivo");
        var json = arguments.Flag("json");
        var today = ColombianTime.Today();
        var cutOff = arguments.Date("corte") ?? today;
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        var settings = SettingsFiles.Read(context.Installation);
        var options = new FileLoadOptions(cutOff, today, context.Installation.NonWorkingDaysDirectory, settings.SalPeticionario)
        {
            QuarantineShare = settings.UmbralCuarentena / 100.0,
        };

        if (file is null)
            return ProcessInboxes(warehouse, settings, profilePath, options, context);
        if (profilePath is null)
            throw new UsageException("Falta la opción --perfil: el perfil de mapeo que dice cómo leer el archivo.");
        return await LoadOneFile(warehouse, profilePath, file, options, json, context);
    }

    private static async Task<int> LoadOneFile(Warehouse warehouse, string profilePath, string file, FileLoadOptions options,
        bool json, CommandContext context)
    {
        var profile = DatasetProfiles.Open(profilePath);
        LoadSummary summary;
        string report;
        try
        {
            Migrator.Apply(warehouse);
            using var progress = new TerminalProgress(context.Error, context.ErrorIsTerminal, $"Cargando {Path.GetFileName(file)}…");
            summary = profile.LoadFile(warehouse, file, options, progress, context.Cancellation);
            report = LoadReport.Full(summary, options.CutOff);
            AuditTrail.Record(warehouse, AuditTrail.CommandLine, AuditTrail.Actions.Load,
                $"{Path.GetFileName(file)} con el perfil {Path.GetFileName(profilePath)}: {summary.Read} filas leídas, {summary.Quarantined} en cuarentena");
        }
        catch (WarehouseException e) when (e.IsLocked)
        {
            var handed = await HandToServer(profilePath, file, options.CutOff, context);
            if (handed is null)
                throw;
            (summary, report) = handed.Value;
        }
        (json ? context.Error : context.Out).Write(report);
        if (json)
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                leidas = summary.Read,
                insertadas = summary.Inserted,
                actualizadas = summary.Updated,
                sin_cambios = summary.Unchanged,
                en_cuarentena = summary.Quarantined,
            }));
        return ExitCode(summary, context);
    }

    private static async Task<(LoadSummary, string)?> HandToServer(string profilePath, string file, DateOnly cutOff, CommandContext context)
    {
        var folders = new InboxFolders(context.Installation.DataDirectory);
        SourceFiles.Sha256Of(file); // a missing file is the user's error, said here, not by the server
        var id = LoadRequests.Submit(folders, new LoadRequests.Request(profilePath, file, cutOff));
        await context.Error.WriteLineAsync("La bodega está abierta por el servidor; se le entregó el archivo y se espera su resultado…");
        var result = await LoadRequests.WaitFor(folders, id, TimeSpan.FromSeconds(30), context.Cancellation);
        if (result is null)
        {
            await context.Error.WriteLineAsync("Ningún servidor atendió la solicitud en 30 segundos.");
            return null;
        }
        if (result.Error is not null)
            throw new EtlException(result.Error);
        return (result.Summary!, result.Report ?? "");
    }

    private static int ProcessInboxes(Warehouse warehouse, IndicadoresSettings settings, string? profilePath,
        FileLoadOptions options, CommandContext context)
    {
        var profiles = profilePath is not null
            ? [Path.GetFullPath(profilePath)]
            : settings.Fuentes.Select(f => f.Perfil).ToList();
        if (profiles.Count == 0)
            throw new UsageException("No hay fuentes configuradas (Indicadores:Fuentes en config/appsettings.json). Use --perfil y --archivo, o configure una fuente.");
        Migrator.Apply(warehouse);
        var folders = new InboxFolders(context.Installation.DataDirectory);
        var failures = 0;
        var warned = 0;
        var files = 0;
        foreach (var profile in profiles)
        {
            foreach (var outcome in SourceInbox.Process(warehouse, profile, folders, options, context.Error.WriteLine, context.Cancellation))
            {
                files++;
                if (outcome.Error is not null)
                    failures++;
                else if (outcome.Summary is { } summary)
                {
                    context.Out.Write(LoadReport.Full(summary, options.CutOff));
                    if (ExitCode(summary, context) != 0)
                        warned++;
                }
            }
        }
        context.Error.WriteLine(files == 0
            ? "No había archivos nuevos en las carpetas de entrada."
            : $"{files} archivo(s) procesado(s), {failures} rechazado(s), {warned} con advertencias.");
        return failures > 0 ? 1 : warned > 0 ? WarningExit : 0;
    }

    /// <summary>A load «con advertencias» is not a success a script may take for granted: its own exit code.</summary>
    public const int WarningExit = 3;

    private static int ExitCode(LoadSummary summary, CommandContext context)
    {
        if (summary.Warning is null)
            return 0;
        context.Error.WriteLine($"Advertencia: la carga {summary.RunId} terminó con advertencias. {summary.Warning}");
        return WarningExit;
    }
}
