using System.Globalization;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Generator;
using IndicadoresServicio.Generator.Department;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>demo --departamento</c>: a gobernación's warehouse: several generated municipalities of different sizes and
/// habits, each loaded with its own profiles (its own <c>entidad</c>), the accounts of the gobernación and of one
/// municipality, and the server. Running it again reuses the files and the load finds nothing to change.
/// </summary>
internal static class DepartmentDemo
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public const string TownUser = "demo.municipio";

    private static readonly string[] Exports = ["ventanilla-unica.csv", "sede-electronica.xlsx"];

    public static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        var count = arguments.Integer("municipios", 2, DepartmentGenerator.Towns.Count) ?? 6;
        var petitions = arguments.Integer("peticiones", 1_000, 2_000_000) ?? 30_000;
        var port = arguments.Integer("puerto", 1, 65535);
        var noServer = arguments.Flag("sin-servidor");
        arguments.RejectUnknown();
        var installation = context.Installation;
        var warehouse = Warehouse.Open(null, installation.DataDirectory);

        DemoCommand.Step(context, $"1/4 Bodega de datos: {warehouse.Description}");
        Migrator.Apply(warehouse);
        var template = new GenerationOptions(Path.Combine(installation.DataDirectory, "demo", $"departamento-{count}-{petitions}"), petitions, InjectDefects: true);
        var towns = Enumerable.Range(0, count).Select(i => DepartmentGenerator.For(template, i, count)).ToList();
        if (OtherEntities(warehouse, towns.Select(t => t.EntityName).Append(new GenerationOptions("").EntityName).ToList()) is { Count: > 0 } others)
        {
            context.Error.WriteLine($"Error: la bodega {warehouse.Description} ya tiene peticiones de {string.Join(", ", others)}. "
                + "La demostración no mezcla sus municipios inventados con datos reales: ejecútela en otra carpeta de instalación.");
            return 2;
        }

        if (towns.All(t => File.Exists(Path.Combine(t.OutputDirectory, "ventanilla-unica.json"))))
            DemoCommand.Step(context, $"2/4 Municipios ya generados en {template.OutputDirectory}");
        else
        {
            DemoCommand.Step(context, $"2/4 Generando {count} municipios en {template.OutputDirectory}");
            using var progress = new TerminalProgress(context.Error, context.ErrorIsTerminal, "   generadas");
            DepartmentGenerator.Generate(template, count, progress);
        }

        DemoCommand.Step(context, "3/4 Cargando las exportaciones de cada municipio (ETL)");
        var settings = SettingsFiles.Read(installation);
        var today = ColombianTime.Today();
        var loadOptions = new FileLoadOptions(today, today, installation.NonWorkingDaysDirectory, settings.SalPeticionario);
        foreach (var town in towns)
        {
            foreach (var export in Exports)
            {
                var profile = Path.Combine(town.OutputDirectory, Path.GetFileNameWithoutExtension(export) + ".json");
                if (!File.Exists(profile))
                    continue;   // a small town without a sede electrónica
                var summary = DatasetProfiles.Open(profile).LoadFile(warehouse, Path.Combine(town.OutputDirectory, export), loadOptions,
                    cancellation: context.Cancellation);
                context.Error.WriteLine($"   {town.EntityName}, {export}: {LoadReport.OneLine(summary)}");
            }
        }

        var password = DemoCommand.DemoAccount(warehouse);
        TownAccount(warehouse, towns[0].EntityName, password);
        context.Out.WriteLine($"Usuario de la gobernación: {DemoCommand.DemoUser}   contraseña: {password}   (ve todos los municipios)");
        context.Out.WriteLine($"Usuario de un municipio: {TownUser}   contraseña: {password}   (solo {towns[0].EntityName})");
        context.Out.Flush();
        if (noServer)
        {
            DemoCommand.Step(context, "4/4 Listo (sin servidor, por --sin-servidor).");
            return 0;
        }
        DemoCommand.Step(context, "4/4 Iniciando el servidor");
        return await ServeCommand.Serve(context, warehouse, port);
    }

    /// <summary>The first town's Comité, confined to it: what a municipality's user sees of the gobernación's warehouse.</summary>
    private static void TownAccount(Warehouse warehouse, string entity, string password)
    {
        var users = new AppUsers(warehouse);
        if (users.Find(TownUser) is null)
            users.Create(TownUser, "Comité de un municipio (demostración)", Roles.Committee, null, password, entity);
        else
        {
            users.SetPassword(TownUser, password);
            users.Enable(TownUser);
        }
    }

    private static IReadOnlyList<string> OtherEntities(Warehouse warehouse, IReadOnlyList<string> demoEntities) =>
        PetitionEntities.All(warehouse).Where(name => !demoEntities.Contains(name)).ToList();
}
