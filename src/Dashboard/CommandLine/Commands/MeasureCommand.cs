using System.Text;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Dashboard.CommandLine.PanelOutput;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>medir</c>: the petition indicators of a period at a cut-off, optionally sliced and filtered, as a table for
/// people or as json, csv or xlsx for other programs. Everything is computed in the warehouse.
/// </summary>
public static class MeasureCommand
{
    private static readonly string[] Formats = ["tabla", "json", "csv", "xlsx"];

    // Filter options and the slice each one keeps a member of.
    private static readonly SliceName[] FilterOptions = [SliceName.Entity, SliceName.Dependency, SliceName.Channel, SliceName.Type, SliceName.Topic];

    public static readonly Command Definition = new(
        "medir",
        "Calcula los indicadores de PQRSD y de satisfacción de un periodo, con semáforo y comparación con el periodo anterior.",
        $"""
        Uso: ./indicadores medir --desde AAAA-MM-DD --hasta AAAA-MM-DD [--corte AAAA-MM-DD]
                                 [--por DESAGREGACION[,DESAGREGACION]] [--indicador CODIGO[,CODIGO...]]
                                 [--formato tabla|json|csv|xlsx] [--salida ARCHIVO] [--metas ARCHIVO]
                                 [--entidad X] [--dependencia X] [--canal X] [--tipo X] [--tema X] [--bd ...]

        Mide las peticiones radicadas entre --desde y --hasta (ambos incluidos) según su estado a la fecha de
        --corte (por omisión, hoy; para PQRSD no puede ser anterior a --hasta). Cada indicador se compara con el periodo
        anterior de igual duración (meses completos con meses completos), con el corte igual de distante de su fin.

        Indicadores ({IndicatorCatalogue.All.Count}):
        {string.Join("\n", IndicatorCatalogue.All.Select(i => $"  {i.Code,-9}{i.Name}: {i.Formula} ({IndicatorUnits.SpanishName(i.Unit)}, {IndicatorUnits.SpanishName(i.Direction)})"))}
        Las felicitaciones cuentan solo en PQ-VOL y PQ-RESP. Los SA-* miden las encuestas respondidas en el
        periodo (docs/encuestas.md); con menos de 30 respuestas válidas se marcan «muestra insuficiente».

        --por         hasta dos desagregaciones separadas por coma: {string.Join(", ", MeasureSources.Petitions.Slices.Select(s => s.Name))}
                      (mes = AAAA-MM de la radicación; por mes no hay comparación con el periodo anterior);
                      encuestas: {string.Join(", ", MeasureSources.Surveys.Slices.Select(s => s.Name))}.
                      Para el plan de desarrollo (PD-*): {string.Join(", ", Indicators.Plan.PlanSource.Definition.Slices.Select(s => s.Name))};
                      por meta, cada fila lleva también meta_nombre. Su corte puede caer dentro del periodo
                      (el plan se sigue por trimestres; véase docs/plan-de-desarrollo.md) y sus filas llevan «banda».
        --indicador   uno o varios códigos separados por coma; por omisión, los de PQRSD y encuestas.
        --formato     tabla (por omisión, para leer: 95,3 %; 12,4 días), json (arreglo de objetos), csv o xlsx
                      (xlsx exige --salida). json, csv y xlsx tienen las columnas indicador, nombre, una por
                      desagregación, valor, numerador, denominador, unidad, meta, banda_amarilla, semaforo,
                      valor_anterior, numerador_anterior, denominador_anterior, cambio, mediana, p90,
                      intervalo_inferior, intervalo_superior (SA-T2B, 95 %), muestra (SA-*); las
                      proporciones van como fracción (0.953) y los números con punto decimal.
        --salida      escribe en ese archivo en vez de la salida estándar.
        --metas       archivo de metas (por omisión config/metas.json si existe; formato en docs/metas.md).
        --entidad, --dependencia, --canal, --tipo, --tema
                      filtran por nombre o código (sin importar tildes ni mayúsculas).

        Semáforo: verde (cumple la meta), amarillo (dentro de la banda), rojo, «sin datos» (nada que medir)
        o «sin meta» (indicador informativo o sin meta).

        Ejemplo: ./indicadores medir --desde 2024-01-01 --hasta 2024-06-30 --corte 2024-07-15 --por dependencia

        """,
        Run)
    {
        ReadsOnly = true,
    };

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        var from = arguments.RequiredDate("desde");
        var to = arguments.RequiredDate("hasta");
        var cutOff = arguments.Date("corte") ?? ColombianTime.Today();
        var slices = List(arguments.Text("por"), "--por").Select(SliceName.Parse).ToList();
        var indicators = List(arguments.Text("indicador"), "--indicador").Select(IndicatorCode.Parse).ToList();
        var format = (arguments.Text("formato") ?? "tabla").Trim().ToLowerInvariant();
        var output = arguments.Text("salida");
        var targetsPath = arguments.Text("metas");
        var filters = FilterOptions
            .Select(slice => (slice, value: arguments.Text(slice.Code)))
            .Where(f => f.value is not null)
            .Select(f => new SliceFilter(f.slice, f.value!))
            .ToList();
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        if (!Formats.Contains(format))
            throw new UsageException($"El formato «{format}» no existe. Formatos: {string.Join(", ", Formats)}.");
        if (format == "xlsx" && output is null)
            throw new UsageException("El formato xlsx necesita --salida ARCHIVO.xlsx.");

        var request = new MeasurementRequest(Period.Of(from, to), cutOff, indicators, slices, filters);
        IndicatorPanel.Check(request);
        var targets = LoadTargets(targetsPath, context.Installation);

        if (warehouse.Engine == WarehouseEngine.DuckDb && !File.Exists(warehouse.Description))
            throw new WarehouseException($"La bodega {warehouse.Description} no existe todavía. Cargue datos con «./indicadores etl» o «./indicadores demo».");
        Migrator.Apply(warehouse);
        Write(IndicatorPanel.Measure(warehouse.ReadOnly(), request, targets), format, output, context);
        return Task.FromResult(0);
    }

    private static IReadOnlyList<string> List(string? text, string option)
    {
        if (text is null)
            return [];
        var items = text.Split(',').Select(s => s.Trim()).ToList();
        if (items.Any(s => s.Length == 0))
            throw new UsageException($"{option}: sobra una coma en «{text}».");
        return items;
    }

    private static Targets LoadTargets(string? path, Installation installation)
    {
        if (path is not null)
            return TargetsFile.Load(path);
        var installed = Path.Combine(installation.Root, TargetsFile.DefaultRelativePath);
        return File.Exists(installed) ? TargetsFile.Load(installed) : Targets.Defaults;
    }

    private static void Write(Panel panel, string format, string? output, CommandContext context)
    {
        if (format == "xlsx")
        {
            PanelXlsx.Write(panel, output!);
            context.Error.WriteLine($"Se escribieron {panel.Results.Count} filas en {output}.");
            return;
        }
        var text = format switch
        {
            "json" => PanelJson.Write(panel),
            "csv" => PanelCsv.Write(panel),
            _ => PanelTable.Write(panel),
        };
        if (output is null)
        {
            context.Out.Write(text);
            return;
        }
        File.WriteAllText(output, text, new UTF8Encoding(false));
        context.Error.WriteLine($"Se escribieron {panel.Results.Count} filas en {output}.");
    }
}
