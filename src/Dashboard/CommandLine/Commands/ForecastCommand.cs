using System.Globalization;
using System.Text;
using IndicadoresServicio.Dashboard.CommandLine.ForecastOutput;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>pronostico</c>: petitions expected per day, week or month, for the entity and per dependency, channel or
/// type, with 80 % intervals, trained on what was filed up to a cut-off; <c>--evaluar</c> prints the backtest.
/// </summary>
public static class ForecastCommand
{
    private static readonly string[] Formats = ["tabla", "json", "csv", "xlsx"];

    public static readonly Command Definition = new(
        "pronostico",
        "Pronostica las PQRSD que llegarán (día, semana o mes) con intervalo del 80 %, o evalúa el pronóstico.",
        """
        Uso: ./indicadores pronostico --desde AAAA-MM-DD --hasta AAAA-MM-DD [--frecuencia dia|semana|mes]
                                      [--entrenar-hasta AAAA-MM-DD] [--por dependencia|canal|tipo|tema]
                                      [--formato tabla|json|csv|xlsx] [--salida ARCHIVO] [--bd ...]
             ./indicadores pronostico --evaluar [--frecuencia dia|semana|mes] [--entrenar-hasta AAAA-MM-DD]
                                      [--por dependencia|canal|tipo|tema] [--formato tabla|json] [--bd ...]

        Entrena un solo modelo (LightGbm) con todas las series: la entidad y, con --por, cada dependencia, canal
        tipo o tema. Solo usa lo radicado hasta --entrenar-hasta (por omisión, el último día completo cargado): un
        corte en el pasado ignora todo lo radicado después, y así se evalúa.

        --desde, --hasta  el pronóstico de cada día (inicio de semana, inicio de mes) entre esas fechas; deben
                          ser posteriores al corte de entrenamiento.
        --frecuencia      dia, semana (por omisión; semanas de lunes a domingo) o mes.
        --por             además de la entidad, una serie por dependencia, canal, tipo o tema.
        --formato         tabla (por omisión), json (arreglo de objetos fecha, pronostico, inferior, superior,
                          la clave de la desagregación con --por, y metodo), csv o xlsx (exige --salida).
        --evaluar         imprime el backtest de origen móvil (6 orígenes): MASE del modelo y de las dos líneas
                          base (ingenuo estacional y media del mismo día de la semana en 8 semanas) y la
                          cobertura del intervalo del 80 %. Sin --frecuencia, las tres frecuencias.

        Una serie de menos de 8 semanas, o cuyo modelo no supera a las dos líneas base en su propio backtest, se
        pronostica con la línea base, y la tabla dice por qué. Detalle en docs/pronostico.md.

        Ejemplo: ./indicadores pronostico --desde 2024-09-02 --hasta 2024-11-24 --frecuencia semana --por dependencia

        """,
        Run,
        new HashSet<string> { "evaluar" })
    {
        ReadsOnly = true,
    };

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        var evaluate = arguments.Flag("evaluar");
        var frequencyText = arguments.Text("frecuencia");
        var cutOffAsked = arguments.Date("entrenar-hasta");
        var sliceText = arguments.Text("por");
        var format = (arguments.Text("formato") ?? "tabla").Trim().ToLowerInvariant();
        var output = arguments.Text("salida");
        var from = evaluate ? null : (DateOnly?)arguments.RequiredDate("desde");
        var to = evaluate ? null : (DateOnly?)arguments.RequiredDate("hasta");
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();

        ForecastFrequency? frequency = frequencyText is null ? null
            : ForecastFrequencies.Parse(frequencyText) ?? throw new UsageException($"--frecuencia: «{frequencyText}» no existe; use dia, semana o mes.");
        ArrivalSlice? slice = sliceText is null ? null
            : ArrivalSlices.Parse(sliceText) is { } s and not ArrivalSlice.Entity ? s
            : throw new UsageException($"--por: «{sliceText}» no existe; use dependencia, canal, tipo o tema.");
        if (!Formats.Contains(format) || (evaluate && format is "csv" or "xlsx"))
            throw new UsageException($"El formato «{format}» no existe aquí. Formatos: {(evaluate ? "tabla, json" : string.Join(", ", Formats))}.");
        if (format == "xlsx" && output is null)
            throw new UsageException("El formato xlsx necesita --salida ARCHIVO.xlsx.");
        if (from > to)
            throw new UsageException($"--desde ({from:yyyy-MM-dd}) es posterior a --hasta ({to:yyyy-MM-dd}).");

        if (warehouse.Engine == WarehouseEngine.DuckDb && !File.Exists(warehouse.Description))
            throw new WarehouseException($"La bodega {warehouse.Description} no existe todavía. Cargue datos con «./indicadores etl» o «./indicadores demo».");
        Migrator.Apply(warehouse);
        var readOnly = warehouse.ReadOnly();
        var today = IndicadoresServicio.Core.Calendar.ColombianTime.Today();
        var cutOff = cutOffAsked ?? WarehouseForecast.DefaultCutOff(readOnly, today)
            ?? throw new UsageException("La bodega no tiene peticiones: no hay con qué entrenar el pronóstico.");
        var calendar = ForecastCalendarOf(context.Installation, readOnly);
        var slices = slice is { } one ? new[] { one } : [];

        if (evaluate)
        {
            var runs = (frequency is { } f ? [f] : ForecastFrequencies.All)
                .Select(f =>
                {
                    context.Error.WriteLine($"Evaluando por {ForecastWriters.Unit(f)} con corte {cutOff:yyyy-MM-dd} (6 orígenes)…");
                    return WarehouseForecast.Run(readOnly, slices, cutOff, calendar, new ForecastOptions(f, f.StandardHorizon()));
                })
                .ToList();
            Emit(format == "json" ? ForecastWriters.Json(BacktestRows(runs)) : ForecastWriters.Backtest(runs), output, context);
            return Task.FromResult(0);
        }

        var chosen = frequency ?? ForecastFrequency.Week;
        var first = chosen.PeriodStart(cutOff.AddDays(1));
        if (chosen.PeriodStart(from!.Value) < first)
            throw new UsageException($"--desde ({from:yyyy-MM-dd}) debe caer después del corte de entrenamiento ({cutOff:yyyy-MM-dd}): el primer periodo que se puede pronosticar empieza el {first:yyyy-MM-dd}.");
        var horizon = 1;
        for (var p = first; chosen.NextPeriod(p) <= to!.Value; p = chosen.NextPeriod(p))
            horizon++;
        if (horizon > 4 * chosen.StandardHorizon())
            throw new UsageException($"--hasta queda demasiado lejos: a lo sumo {4 * chosen.StandardHorizon()} periodos después del corte.");
        context.Error.WriteLine($"Entrenando con lo radicado hasta el {cutOff:yyyy-MM-dd} y evaluando en 6 orígenes…");
        var forecast = WarehouseForecast.Run(readOnly, slices, cutOff, calendar, new ForecastOptions(chosen, horizon));
        var columns = ForecastRow.Columns(slice);
        var rows = ForecastRow.Rows(forecast, from.Value, to!.Value).ToList();
        if (format == "xlsx")
        {
            ForecastWriters.Xlsx(columns, rows, output!);
            context.Error.WriteLine($"Se escribieron {rows.Count} filas en {output}.");
            return Task.FromResult(0);
        }
        Emit(format switch
        {
            "json" => ForecastWriters.Json(rows),
            "csv" => ForecastWriters.Csv(columns, rows),
            _ => ForecastWriters.Table(forecast, from.Value, to.Value),
        }, output, context);
        return Task.FromResult(0);
    }

    private static ForecastCalendar ForecastCalendarOf(Installation installation, Warehouse warehouse) =>
        ForecastRefresh.CalendarOf(installation.NonWorkingDaysDirectory, warehouse);

    private static IEnumerable<IReadOnlyList<KeyValuePair<string, object?>>> BacktestRows(IEnumerable<DemandForecast> runs) =>
        runs.SelectMany(run => run.Backtest.Select(score => (IReadOnlyList<KeyValuePair<string, object?>>)
        [
            new("frecuencia", run.Frequency.Code()),
            new("corte", run.CutOff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("origenes", (double)run.BacktestOrigins.Count),
            new("metodo", score.Method.Code()),
            new("mase", Math.Round(score.Mase, 4)),
            new("cobertura", double.IsNaN(score.Coverage) ? null : Math.Round(score.Coverage, 4)),
            new("errores", (double)score.Errors),
        ]));

    private static void Emit(string text, string? output, CommandContext context)
    {
        if (output is null)
        {
            context.Out.Write(text);
            return;
        }
        File.WriteAllText(output, text, new UTF8Encoding(false));
        context.Error.WriteLine($"Se escribió {output}.");
    }
}
