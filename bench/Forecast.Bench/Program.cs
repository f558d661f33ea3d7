using System.Diagnostics;
using System.Globalization;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.TestSupport.Forecast;

// 60 series (12 dependencies x 5 channels) x 5 years of generated daily arrivals; one run = training, the 13-week
// forecast and a 6-origin backtest of every series, as `pronostico --frecuencia semana` does it.
var dependencies = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 12;
var channels = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var frequency = args.Length > 2 ? ForecastFrequencies.Parse(args[2]) ?? ForecastFrequency.Week : ForecastFrequency.Week;
var from = new DateOnly(2020, 1, 1);
var cutOff = new DateOnly(2024, 12, 29);
var series = new List<DailyArrivals>();
for (var d = 0; d < dependencies; d++)
    for (var c = 0; c < channels; c++)
        series.Add(SyntheticArrivals.Series(new SeriesKey(ArrivalSlice.Dependency, $"Dependencia {d + 1:00} / canal {c + 1}"),
            2.0 + 30.0 / (1 + d) / (1 + c), from, cutOff, 7000 + d * 10 + c));
Console.WriteLine($"{series.Count} series x {series[0].Counts.Length} días; frecuencia {frequency.Code()}; carga de la máquina al empezar: {File.ReadAllText("/proc/loadavg").Trim()}");

var clock = Stopwatch.StartNew();
var forecast = DemandForecaster.Run(series, cutOff, ForecastCalendar.National, new ForecastOptions(frequency, frequency.StandardHorizon()));
clock.Stop();
var process = Process.GetCurrentProcess();
process.Refresh();
Console.WriteLine($"Entrenamiento + pronóstico de {frequency.StandardHorizon()} periodos + backtest de {forecast.BacktestOrigins.Count} orígenes: {clock.Elapsed.TotalSeconds:0.0} s; memoria máxima {process.PeakWorkingSet64 / 1024 / 1024} MB");
Console.WriteLine($"carga de la máquina al terminar: {File.ReadAllText("/proc/loadavg").Trim()}");
foreach (var score in forecast.Backtest)
    Console.WriteLine($"  {score.Method.Code(),-20} MASE {score.Mase:0.000}  cobertura 80 % {score.Coverage:P1}  ({score.Errors} errores)");
Console.WriteLine($"  series publicadas con el modelo: {forecast.Series.Count(s => s.Method == ForecastMethod.Model)} de {forecast.Series.Count}");
