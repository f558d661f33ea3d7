using System.Globalization;
using IndicadoresServicio.Generator;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>generar</c>: writes a realistic municipality's petition and survey exports with their profiles, and its plan.</summary>
public static class GenerateCommand
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static readonly Command Definition = new(
        "generar",
        "Genera las exportaciones de PQRSD de un municipio ficticio realista, con sus perfiles de mapeo.",
        """
        Uso: ./indicadores generar --salida carpeta [--peticiones 1000000] [--semilla 2024] [--desde AAAA-MM-DD]
                                   [--hasta AAAA-MM-DD] [--filas-xlsx 20000] [--sin-xlsx] [--con-defectos]
                                   [--entidad "Alcaldía de ..."] [--sin-encuestas]
             ./indicadores generar --municipios 6 --salida carpeta [--peticiones 60000] [--semilla 2024] [...]

        Escribe ventanilla-unica.csv (windows-1252, separado por «;», encabezados en español, fechas dd/MM/yyyy,
        con datos personales ficticios que la carga debe descartar) y sede-electronica.xlsx (con títulos sobre el
        encabezado y fechas de Excel), cada uno con su perfil de mapeo .json. Hay 20 a 30 dependencias con sus
        propios volúmenes y hábitos de respuesta, estacionalidad semanal y anual, prórrogas, respuestas tardías y
        peticiones abiertas. La misma semilla produce exactamente los mismos archivos. Por omisión el periodo son
        los tres años que terminan el 2026-10-31.
        Escribe también plan-indicativo.xlsx y su perfil plan-indicativo.json: el plan indicativo del cuatrienio que
        contiene el fin del periodo (5 líneas, 25 programas, unas 300 metas a cargo de las mismas dependencias), con
        seguimiento trimestral hasta el fin del periodo y algunas metas rezagadas (véase docs/plan-de-desarrollo.md).
        Escribe además las encuestas de satisfacción que respondieron los ciudadanos después de sus respuestas, con
        sus perfiles de encuesta (véase docs/encuestas.md): encuesta-ventanilla.csv (Google Forms), encuesta-movilidad.xlsx
        (Microsoft Forms, modo cuestionario) y encuesta-salud.csv (LimeSurvey, con respuestas incompletas). Traen
        comentarios con correos y teléfonos que la carga enmascara y algunas etiquetas desconocidas que van a cuarentena.
        --sin-encuestas no las escribe.
        --con-defectos  estropea algunas filas como en las exportaciones reales (fechas ilegibles, radicados
                        vacíos o repetidos, tipos desconocidos) para probar la cuarentena.

        --municipios N  escribe N municipios de un departamento (hasta 12, de Caldas), cada uno en su subcarpeta
                        con su entidad, sus perfiles, sus dependencias y sus hábitos: el primero con --peticiones
                        (por omisión 60.000) y los siguientes cada vez más pequeños; la mitad menor sin sede
                        electrónica. Sin plan indicativo. Véase docs/gobernacion.md.

        Ejemplo: ./indicadores generar --peticiones 100000 --salida data/demo
                 ./indicadores generar --municipios 6 --peticiones 20000 --salida data/departamento

        """,
        Run,
        new HashSet<string> { "sin-xlsx", "con-defectos", "sin-encuestas" });

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        var output = arguments.RequiredText("salida");
        var municipalities = arguments.Integer("municipios", 1, Generator.Department.DepartmentGenerator.Towns.Count);
        var petitions = arguments.Integer("peticiones", 1, 100_000_000) ?? (municipalities is null ? 1_000_000 : 60_000);
        var seed = arguments.Integer("semilla", 0, int.MaxValue) ?? 2024;
        var from = arguments.Date("desde");
        var to = arguments.Date("hasta");
        var xlsxRows = arguments.Integer("filas-xlsx", 1, 1_000_000) ?? 20_000;
        var noXlsx = arguments.Flag("sin-xlsx");
        var defects = arguments.Flag("con-defectos");
        var surveys = !arguments.Flag("sin-encuestas");
        var entity = arguments.Text("entidad") ?? "Alcaldía de San Isidro del Valle";
        arguments.RejectUnknown();
        if (from is { } f && to is { } t && f > t)
            throw new UsageException($"--desde ({f:yyyy-MM-dd}) es posterior a --hasta ({t:yyyy-MM-dd}).");

        var options = new GenerationOptions(Path.GetFullPath(output), petitions, seed, from, to, entity, !noXlsx, xlsxRows, defects, surveys);
        if (municipalities is { } count)
            return Task.FromResult(GenerateDepartment(options, count, context));
        GenerationSummary summary;
        using (var progress = new TerminalProgress(context.Error, context.ErrorIsTerminal, "Generando…"))
        {
            summary = MunicipalityGenerator.Generate(options, progress);
        }
        context.Out.WriteLine($"Periodo {summary.From:yyyy-MM-dd} a {summary.To:yyyy-MM-dd}: {summary.TotalRows.ToString("N0", Colombia)} peticiones.");
        foreach (var file in summary.Files)
            context.Out.WriteLine(file.Kind == GeneratedFileKind.Export
                ? $"  {file.Path}  ({file.Rows.ToString("N0", Colombia)} filas, fuente {file.Source})"
                : $"  {file.Path}  (perfil de mapeo)");
        var goals = Generator.Plan.PlanIndicativoExport.Write(options.OutputDirectory, entity, summary.To, seed);
        context.Out.WriteLine($"  {Path.Combine(options.OutputDirectory, Generator.Plan.PlanIndicativoExport.FileName)}  ({goals} metas del plan indicativo, fuente {Generator.Plan.PlanIndicativoExport.Source})");
        context.Out.WriteLine($"  {Path.Combine(options.OutputDirectory, Generator.Plan.PlanIndicativoExport.ProfileFileName)}  (perfil del plan)");
        if (summary.DefectCount > 0)
            context.Out.WriteLine($"  {summary.DefectCount} filas estropeadas a propósito; deben quedar en cuarentena al cargar.");
        return Task.FromResult(0);
    }

    private static int GenerateDepartment(GenerationOptions options, int count, CommandContext context)
    {
        IReadOnlyList<Generator.Department.GeneratedMunicipality> towns;
        using (var progress = new TerminalProgress(context.Error, context.ErrorIsTerminal, "Generando…"))
        {
            towns = Generator.Department.DepartmentGenerator.Generate(options, count, progress);
        }
        context.Out.WriteLine($"{towns.Count} municipios, periodo {options.PeriodStart:yyyy-MM-dd} a {options.PeriodEnd:yyyy-MM-dd}:");
        foreach (var town in towns)
            context.Out.WriteLine($"  {town.EntityName}: {town.Summary.TotalRows.ToString("N0", Colombia)} peticiones en {town.Folder}" +
                                  (town.Summary.XlsxRows == 0 ? " (solo ventanilla única)" : ""));
        return 0;
    }
}
