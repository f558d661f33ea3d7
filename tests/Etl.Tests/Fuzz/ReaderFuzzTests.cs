using System.IO.Compression;
using Dapper;
using System.Text;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Generator;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Tests.Fuzz;

/// <summary>
/// Real exports (the generator's ventanilla-unica CSV and sede-electronica XLSX, with their profiles) spoiled at
/// random, seeded so a failure names the case that reproduces it, through the whole load: no crash (a Spanish
/// refusal is fine), no hang, every row read loaded or quarantined, the memory held bounded.
/// </summary>
public sealed class ReaderFuzzTests : IClassFixture<ReaderFuzzTests.Exports>
{
    private const int Seed = 20_261_204;
    private const int CsvCases = 16;
    private const int XlsxCases = 6;
    private const int ProfileCases = 6;
    private static readonly TimeSpan CaseLimit = TimeSpan.FromSeconds(30);
    private const long HeapLimit = 768L * 1024 * 1024;

    private readonly Exports _exports;

    public ReaderFuzzTests(Exports exports) => _exports = exports;

    public static TheoryEngines Engines => TestWarehouse.Engines;

    /// <summary>The generator's small municipality, written once for the class; its injected defects included.</summary>
    public sealed class Exports : IDisposable
    {
        public string Folder { get; } = Directory.CreateTempSubdirectory("indicadores-fuzz-").FullName;

        public GenerationSummary Summary { get; }

        public Exports() =>
            Summary = MunicipalityGenerator.Generate(new GenerationOptions(Path.Combine(Folder, "original"), 400, Seed, XlsxRows: 80, InjectDefects: true));

        public string File(string name) => Path.Combine(Folder, "original", name);

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    private sealed record Case(string Name, string Profile, string Export);

    [Theory, MemberData(nameof(Engines))]
    public void Spoiled_exports_and_profiles_load_or_are_refused_in_spanish_without_a_crash_a_hang_or_a_lost_row(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var random = new Random(Seed);
        var folder = Directory.CreateTempSubdirectory("indicadores-fuzz-caso-").FullName;
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>();
        try
        {
            foreach (var @case in Cases(random, folder))
            {
                var outcome = Run(test.Warehouse, @case, folder, out var failure);
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                if (failure is not null)
                    failures.Add($"{@case.Name}: {failure}");
                GC.Collect();
                if (GC.GetTotalMemory(forceFullCollection: true) is var held and > HeapLimit)
                    failures.Add($"{@case.Name}: quedaron {held / 1024 / 1024} MB en memoria");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Console.WriteLine($"Fuzz ({engine}, semilla {Seed}): " + string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}")));
        failures.Should().BeEmpty("these cases crashed, hung or lost rows:\n" + string.Join("\n", failures));
        outcomes.GetValueOrDefault("cargado").Should().BeGreaterThan(CsvCases / 2, "most spoiled files still load, with quarantine");
    }

    private string Run(Warehouse warehouse, Case @case, string folder, out string? failure)
    {
        failure = null;
        var today = new DateOnly(2026, 11, 1);
        var load = Task.Run(() => DatasetProfiles.Open(@case.Profile)
            .LoadFile(warehouse, @case.Export, new FileLoadOptions(today, today, Path.Combine(folder, "sin-calendarios"), "sal-de-prueba-de-fuzz-0001")));
        try
        {
            if (!load.Wait(CaseLimit))
            {
                failure = $"no terminó en {CaseLimit.TotalSeconds} s";
                return "colgado";
            }
        }
        catch (AggregateException e) when (e.InnerException is SourceException or ProfileException or EtlException)
        {
            if (string.IsNullOrWhiteSpace(e.InnerException.Message))
                failure = "rechazado sin mensaje";
            return "rechazado";
        }
        catch (AggregateException e)
        {
            failure = $"{e.InnerException?.GetType().Name}: {e.InnerException?.Message}";
            return "falla";
        }
        var s = load.Result;
        if (s.Read != s.Inserted + s.Updated + s.Unchanged + s.Quarantined)
            failure = $"leídas {s.Read} ≠ {s.Inserted} insertadas + {s.Updated} actualizadas + {s.Unchanged} sin cambios + {s.Quarantined} en cuarentena";
        // The quarantine the warehouse kept for this run, counted there: what the summary says was quarantined is stored.
        using var connection = warehouse.OpenConnection();
        var stored = connection.ExecuteScalar<long>(warehouse.Sql("SELECT count(*) FROM etl_quarantine WHERE run_id = @run"), new { run = s.RunId });
        if (stored != s.Quarantined)
            failure = $"{s.Quarantined} en cuarentena según el resumen, {stored} guardadas";
        return "cargado";
    }

    private IEnumerable<Case> Cases(Random random, string folder)
    {
        var csv = File.ReadAllBytes(_exports.File("ventanilla-unica.csv"));
        var xlsx = _exports.File("sede-electronica.xlsx");
        var csvProfile = _exports.File("ventanilla-unica.json");
        var xlsxProfile = _exports.File("sede-electronica.json");
        for (var i = 0; i < CsvCases; i++)
        {
            var (what, bytes) = SpoilBytes(random, csv);
            yield return new Case($"csv {i} ({what})", csvProfile, Write(folder, $"csv-{i}.csv", bytes));
        }
        for (var i = 0; i < XlsxCases; i++)
        {
            var path = Path.Combine(folder, $"xlsx-{i}.xlsx");
            var what = i % 3 == 0 ? SpoilZip(random, xlsx, path) : SpoilSheet(random, xlsx, path);
            yield return new Case($"xlsx {i} ({what})", xlsxProfile, path);
        }
        var profileText = File.ReadAllText(csvProfile);
        for (var i = 0; i < ProfileCases; i++)
        {
            var (what, text) = SpoilProfile(random, profileText);
            yield return new Case($"perfil {i} ({what})", Write(folder, $"perfil-{i}.json", Encoding.UTF8.GetBytes(text)),
                _exports.File("ventanilla-unica.csv"));
        }
    }

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>What real files suffer: bytes flipped, quotes and separators stray, lines cut, joined or doubled, NULs, a truncated tail, a very long cell.</summary>
    private static (string What, byte[] Bytes) SpoilBytes(Random random, byte[] original)
    {
        var bytes = new List<byte>(original);
        var kinds = new List<string>();
        var count = 1 + random.Next(6);
        for (var k = 0; k < count; k++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(9))
            {
                case 0: bytes[at] = (byte)random.Next(256); kinds.Add("byte"); break;
                case 1: bytes.Insert(at, (byte)'"'); kinds.Add("comilla"); break;
                case 2: bytes.Insert(at, (byte)';'); kinds.Add("separador"); break;
                case 3: bytes.Insert(at, 0); kinds.Add("NUL"); break;
                case 4: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 400))); kinds.Add("borrado"); break;
                case 5: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, random.Next(1, 2_000)))); kinds.Add("repetido"); break;
                case 6: bytes.RemoveRange(at, bytes.Count - at); kinds.Add("truncado"); break;
                case 7: bytes.InsertRange(at, Enumerable.Repeat((byte)'x', random.Next(1_000, 200_000))); kinds.Add("celda larga"); break;
                default: if (bytes.IndexOf((byte)'\n', at) is var nl and >= 0) { bytes.RemoveAt(nl); kinds.Add("línea unida"); } break;
            }
            if (bytes.Count == 0)
                break;
        }
        return (string.Join("+", kinds), bytes.ToArray());
    }

    /// <summary>The workbook's bytes spoiled: mostly a refusal in Spanish, never a crash.</summary>
    private static string SpoilZip(Random random, string original, string path)
    {
        var bytes = File.ReadAllBytes(original);
        for (var k = 0; k < 1 + random.Next(20); k++)
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        if (random.Next(2) == 0)
            bytes = bytes[..random.Next(bytes.Length)];
        File.WriteAllBytes(path, bytes);
        return "zip dañado";
    }

    /// <summary>A well-formed workbook whose first sheet's XML text is spoiled: cells emptied, text and numbers changed, rows dropped.</summary>
    private static string SpoilSheet(Random random, string original, string path)
    {
        File.Copy(original, path, overwrite: true);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) || e.FullName == "xl/sharedStrings.xml").ToList();
        var entry = sheets[random.Next(sheets.Count)];
        string xml;
        using (var reader = new StreamReader(entry.Open()))
            xml = reader.ReadToEnd();
        var kinds = new List<string>();
        for (var k = 0; k < 1 + random.Next(8); k++)
        {
            var at = xml.IndexOf(random.Next(2) == 0 ? "<v>" : "<t", random.Next(xml.Length), StringComparison.Ordinal);
            if (at < 0)
                continue;
            var close = xml.IndexOf('<', at + 3);
            var start = xml.IndexOf('>', at) + 1;
            if (close <= start)
                continue;
            var replacement = random.Next(4) switch
            {
                0 => "",
                1 => "-45000",
                2 => "31/02/2024",
                _ => new string('z', random.Next(1, 5_000)),
            };
            xml = xml[..start] + replacement + xml[close..];
            kinds.Add(entry.FullName.EndsWith("sharedStrings.xml", StringComparison.Ordinal) ? "texto" : "celda");
        }
        entry.Delete();
        using (var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open()))
            writer.Write(xml);
        return "hoja: " + string.Join("+", kinds);
    }

    /// <summary>A profile with a key dropped or a value changed: a Spanish complaint or a load with quarantine.</summary>
    private static (string What, string Text) SpoilProfile(Random random, string profile) => random.Next(6) switch
    {
        0 => ("separador", profile.Replace("\"separador\": \";\"", "\"separador\": \",\"")),
        1 => ("formato de fecha", System.Text.RegularExpressions.Regex.Replace(profile, "\"formatos_fecha\":\\s*\\[[^\\]]*\\]", "\"formatos_fecha\": [\"yyyyMMdd\"]")),
        2 => ("codificación", System.Text.RegularExpressions.Regex.Replace(profile, "\"codificacion\":\\s*\"[^\"]*\"", "\"codificacion\": \"utf-8\"")),
        3 => ("json cortado", profile[..random.Next(profile.Length)]),
        4 => ("columna inexistente", System.Text.RegularExpressions.Regex.Replace(profile, "\"radicado\":\\s*\"[^\"]*\"", "\"radicado\": \"No existe\"")),
        _ => ("byte cambiado", profile.Remove(random.Next(profile.Length), 1).Insert(random.Next(profile.Length - 1), "{")),
    };
}
