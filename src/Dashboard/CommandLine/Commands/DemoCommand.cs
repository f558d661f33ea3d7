using System.Globalization;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Hosting;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Paac;
using IndicadoresServicio.Generator.Paac;
using IndicadoresServicio.Generator;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>demo</c>: everything a newcomer needs to see the product working, in one command: the embedded warehouse,
/// a generated municipality (exports in their messy real formats), the ETL over both exports, and the server.
/// Running it again reuses what is there (same seed, same files; the ETL finds nothing to change).
/// </summary>
public static class DemoCommand
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static readonly Command Definition = new(
        "demo",
        "Demostración completa: genera un municipio, lo carga y sirve el tablero en http://127.0.0.1:5080.",
        """
        Uso: ./indicadores demo [--peticiones 300000] [--puerto 5080] [--sin-servidor]

        1. Crea la bodega DuckDB embebida (data/indicadores.duckdb).
        2. Genera un municipio ficticio realista en data/demo/ (tres años de PQRSD: una exportación CSV de la
           ventanilla única en windows-1252 y una XLSX de la sede electrónica, con sus perfiles de mapeo; y las
           encuestas de satisfacción de los ciudadanos: Google Forms, Microsoft Forms y LimeSurvey, con sus perfiles).
        3. Carga ambas exportaciones con el ETL (las filas malas quedan en cuarentena) y escribe dos PDF de muestra
           en data/informes/demo/ informes de muestra (Comité y PQRSD del primer semestre de 2026, plan, y el
           informe anual de 2025 en Word).
        Imprime el usuario «demo» (rol comité) con una contraseña nueva para entrar al tablero.
        4. Sirve el tablero en http://127.0.0.1:<puerto> hasta Ctrl+C (salvo con --sin-servidor).
        Repetirlo no duplica nada: los archivos se generan con la misma semilla y la carga no encuentra cambios.

        ./indicadores demo --departamento [--municipios 6] [--peticiones 30000] [--puerto 5080] [--sin-servidor]
        La vista de una gobernación: genera varios municipios de tamaños y hábitos distintos en data/demo/ (véase
        «generar --municipios»), carga sus PQRSD en la misma bodega y sirve el tablero con la página Municipios.
        Imprime el usuario «demo» (ve todos los municipios) y «demo.municipio» (solo el primero). docs/gobernacion.md.

        """,
        Run,
        new HashSet<string> { "sin-servidor", "departamento" });

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        if (arguments.Flag("departamento"))
            return await DepartmentDemo.Run(arguments, context);
        var petitions = arguments.Integer("peticiones", 1_000, 20_000_000) ?? 300_000;
        var port = arguments.Integer("puerto", 1, 65535);
        var noServer = arguments.Flag("sin-servidor");
        arguments.RejectUnknown();
        var installation = context.Installation;
        var warehouse = Warehouse.Open(null, installation.DataDirectory);

        Step(context, $"1/4 Bodega de datos: {warehouse.Description}");
        Migrator.Apply(warehouse);

        var folder = Path.Combine(installation.DataDirectory, "demo", $"municipio-{petitions}");
        var options = new GenerationOptions(folder, petitions, InjectDefects: true, WriteSurveys: true);
        if (OtherEntities(warehouse, options.EntityName) is { Count: > 0 } others)
        {
            context.Error.WriteLine($"Error: la bodega {warehouse.Description} ya tiene peticiones de {string.Join(", ", others)}. "
                + "La demostración no mezcla su municipio inventado con datos reales: ejecútela en otra carpeta de instalación "
                + "(una copia de este directorio) o con otra bodega.");
            return 2;
        }
        var profiles = new[] { "ventanilla-unica", "sede-electronica" }.Select(s => Path.Combine(folder, s + ".json")).ToList();
        if (profiles.All(File.Exists))
            Step(context, $"2/4 Municipio ya generado en {folder}");
        else
        {
            Step(context, $"2/4 Generando {petitions.ToString("N0", Colombia)} peticiones en {folder}");
            using var progress = new TerminalProgress(context.Error, context.ErrorIsTerminal, "   generadas");
            MunicipalityGenerator.Generate(options, progress);
        }

        Step(context, "3/4 Cargando las exportaciones (ETL), escribiendo PDF de muestra y entrenando el pronóstico");
        var settings = SettingsFiles.Read(installation);
        var today = ColombianTime.Today();
        var loadOptions = new FileLoadOptions(today, today, installation.NonWorkingDaysDirectory, settings.SalPeticionario);
        foreach (var (profile, export) in new[] { ("ventanilla-unica", "ventanilla-unica.csv"), ("sede-electronica", "sede-electronica.xlsx") })
        {
            using var progress = new TerminalProgress(context.Error, context.ErrorIsTerminal, $"   {export}");
            var summary = DatasetProfiles.Open(Path.Combine(folder, profile + ".json"))
                .LoadFile(warehouse, Path.Combine(folder, export), loadOptions, progress, context.Cancellation);
            context.Error.WriteLine($"   {export}: {LoadReport.OneLine(summary)}");
        }
        // The satisfaction surveys (docs/encuestas.md): generated now in a folder generated before they existed.
        if (!Generator.Surveys.SurveyExports.Files.All(f => File.Exists(Path.Combine(folder, f.Profile))))
            Generator.Surveys.SurveyExports.Write(options);
        foreach (var (profile, export) in Generator.Surveys.SurveyExports.Files)
        {
            var summary = DatasetProfiles.Open(Path.Combine(folder, profile))
                .LoadFile(warehouse, Path.Combine(folder, export), loadOptions, cancellation: context.Cancellation);
            context.Error.WriteLine($"   {export}: {LoadReport.OneLine(summary)}");
        }
        // The PAAC of the last two vigencias with the OCI follow-ups whose cut-off had passed (docs/paac.md).
        foreach (var vigencia in new[] { options.PeriodEnd.Year - 1, options.PeriodEnd.Year })
        {
            var (book, paacProfile, _) = PaacPlanWorkbook.Write(folder, options.EntityName, vigencia, options.PeriodEnd, options.Seed);
            var summary = DatasetProfiles.Open(paacProfile).LoadFile(warehouse, book, loadOptions, cancellation: context.Cancellation);
            context.Error.WriteLine($"   {Path.GetFileName(book)}: {LoadReport.OneLine(summary)}");
        }

        // The development plan: generated alongside the petitions (or now, in a folder generated before it existed).
        var planProfile = Path.Combine(folder, Generator.Plan.PlanIndicativoExport.ProfileFileName);
        if (!File.Exists(planProfile))
            Generator.Plan.PlanIndicativoExport.Write(folder, options.EntityName, options.PeriodEnd, options.Seed);
        var plan = DatasetProfiles.Open(planProfile)
            .LoadFile(warehouse, Path.Combine(folder, Generator.Plan.PlanIndicativoExport.FileName), loadOptions, cancellation: context.Cancellation);
        context.Error.WriteLine($"   {Generator.Plan.PlanIndicativoExport.FileName}: {LoadReport.OneLine(plan)}");

        await SamplePdfs(installation, warehouse, context);

        ForecastRefresh.Run(warehouse, installation.NonWorkingDaysDirectory, today, line => context.Error.WriteLine($"   {line}"));

        var password = DemoAccount(warehouse);
        context.Out.WriteLine($"Usuario de la demostración: {DemoUser}   contraseña: {password}   (rol: Comité Institucional de Gestión y Desempeño)");
        context.Out.Flush();
        if (noServer)
        {
            Step(context, "4/4 Listo (sin servidor, por --sin-servidor).");
            return 0;
        }
        Step(context, "4/4 Iniciando el servidor");
        return await ServeCommand.Serve(context, warehouse, port);
    }

    public const string DemoUser = "demo";

    /// <summary>Entities other than the demo's with petitions in the warehouse: a real installation the demo must not touch.</summary>
    private static IReadOnlyList<string> OtherEntities(Warehouse warehouse, string demoEntity) =>
        PetitionEntities.All(warehouse).Where(name => name != demoEntity).ToList();

    /// <summary>
    /// Sample reports of the generated data (the first semester of 2026, the plan, the annual report of 2025 in Word),
    /// printed by the `informe` command's own function.
    /// A machine without Chromium still gets its demo, with a note on how to have the PDFs too.
    /// </summary>
    private static async Task SamplePdfs(Installation installation, Warehouse warehouse, CommandContext context)
    {
        var folder = Path.Combine(installation.DataDirectory, "informes", "demo");
        Directory.CreateDirectory(folder);
        var samples = new (ReportOrder Order, string File)[]
        {
            (ReportCommand.CommitteeOrder(Period.Of(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), new DateOnly(2026, 7, 15)), "comite-2026-1.pdf"),
            (ReportCommand.SemesterOrder(new Semester(2026, 1), new DateOnly(2026, 7, 15)), "pqrsd-2026-1.pdf"),
            (ReportCommand.PlanOrder(2026, new DateOnly(2026, 9, 30)), "plan-2026-T3.pdf"),
            (ReportCommand.AnnualOrder(2025, new DateOnly(2026, 1, 15)), "informe-anual-2025.docx"),
        };
        foreach (var (order, file) in samples)
        {
            var path = Path.Combine(folder, file);
            try
            {
                await ReportCommand.Print(context, warehouse, order, path);
            }
            catch (Exception e) when (e is Printing.ChromiumMissingException or Indicators.Catalogue.TargetsException)
            {
                context.Error.WriteLine(Failures.For(e)!.Message(e));
                context.Error.WriteLine("   No se escribieron los PDF de muestra (véase el mensaje anterior); la demostración sigue sin ellos.");
                return;
            }
            context.Error.WriteLine($"   Informe de muestra: {path}");
        }
    }

    /// <summary>
    /// The demo's committee account. Passwords are stored only as hashes, so each run sets a fresh one and prints
    /// it: whoever runs the demo always has a working sign-in.
    /// </summary>
    internal static string DemoAccount(Warehouse warehouse)
    {
        var users = new AppUsers(warehouse);
        var password = Passwords.Generate();
        if (users.Find(DemoUser) is null)
            users.Create(DemoUser, "Usuario de demostración", Roles.Committee, null, password);
        else
        {
            users.SetPassword(DemoUser, password);
            users.Enable(DemoUser);
        }
        return password;
    }

    internal static void Step(CommandContext context, string text) => context.Error.WriteLine("==> " + text);
}
