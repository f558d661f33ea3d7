using System.Diagnostics;
using System.Globalization;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

// Usage: dotnet run -c Release --project bench/Reports.Bench -- [dependencias=30] [peticiones-por-dependencia=400] [repeticiones=3]
// A DuckDB warehouse of one year (2024) with that many dependencies, then: one ficha with Chromium's launch, one with
// Chromium already open, and the Comité pack (the Comité's report and one ficha per dependency, one Chromium).
var dependencies = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
var perDependency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 400;
var repetitions = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;

using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);
var fill = Stopwatch.StartNew();
var fixture = new PetitionFixture(test.Warehouse);
var entity = fixture.Entity("Alcaldía de Banco de Pruebas");
var topics = Enumerable.Range(1, 8).Select(i => fixture.Topic(entity, $"Tema {i}")).ToArray();
var names = new List<string>();
var start = new DateOnly(2024, 1, 1);
for (var d = 1; d <= dependencies; d++)
{
    var name = $"Secretaría número {d:00}";
    names.Add(name);
    var dependency = fixture.Dependency(entity, name);
    fixture.Add([.. Enumerable.Range(0, perDependency).Select(j =>
    {
        var filed = start.AddDays(j * 360 / perDependency);
        var days = 2 + (d * 7 + j * 3) % 22;
        var open = j % 9 == 0;
        return new FixturePetition($"B{d}-{j}", entity, dependency, filed, filed.AddDays(21))
        {
            AnsweredOn = open ? null : filed.AddDays(days + days / 5 * 2), DaysToAnswer = open ? null : days,
            Topic = topics[(d + j) % topics.Length], Channel = j % 3 == 0 ? "presencial" : "virtual",
        };
    })]);
}
Console.WriteLine($"Bodega: {dependencies} dependencias × {perDependency} peticiones = {dependencies * perDependency} en {fill.Elapsed.TotalSeconds:F1} s");

var context = new ReportContext(test.Warehouse.ReadOnly(), Targets.Defaults, new ReportIdentity("Alcaldía de Banco de Pruebas", null));
var month = Period.Of(new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30));
var cutOff = new DateOnly(2024, 12, 2);
var output = Directory.CreateTempSubdirectory("indicadores-banco-informes-").FullName;

for (var r = 1; r <= repetitions; r++)
{
    var cold = Stopwatch.StartNew();
    await using (var printer = await PdfPrinter.Launch())
    {
        await printer.Print(DependencyScorecard.Build(context, month, cutOff, names[0]), Path.Combine(output, "ficha-fria.pdf"));
        cold.Stop();
        var warm = Stopwatch.StartNew();
        await printer.Print(DependencyScorecard.Build(context, month, cutOff, names[1]), Path.Combine(output, "ficha-tibia.pdf"));
        warm.Stop();
        Console.WriteLine($"repetición {r}: ficha con arranque de Chromium {cold.Elapsed.TotalSeconds:F2} s; ficha con Chromium abierto {warm.Elapsed.TotalSeconds:F2} s");
    }
    var build = Stopwatch.StartNew();
    foreach (var name in names)
        DependencyScorecard.Build(context, month, cutOff, name);
    Console.WriteLine($"repetición {r}: medir y escribir el HTML de {dependencies} fichas, sin imprimir {build.Elapsed.TotalSeconds:F2} s");
    var comite = Stopwatch.StartNew();
    await using (var printer = await PdfPrinter.Launch())
        await printer.Print(CommitteeReport.Build(context, month, cutOff), Path.Combine(output, "comite.pdf"));
    comite.Stop();
    // The monthly job's own code: the Comité's report and every ficha, one Chromium, a few tabs at once.
    var pack = Stopwatch.StartNew();
    var written = await MonthlyPack.Write(context, Path.Combine(output, $"r{r}"), cutOff);
    pack.Stop();
    Console.WriteLine($"repetición {r}: informe del Comité (con arranque) {comite.Elapsed.TotalSeconds:F2} s; paquete mensual ({written.Count} PDF) {pack.Elapsed.TotalSeconds:F2} s");
}
Directory.Delete(output, recursive: true);
