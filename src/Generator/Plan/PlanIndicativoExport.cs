using System.Globalization;
using System.Text.Json;
using IndicadoresServicio.Generator.Randomness;
using MiniExcelLibs;

namespace IndicadoresServicio.Generator.Plan;

/// <summary>
/// Writes the demo municipality's plan indicativo as its planning office keeps it: a workbook ("PDM" sheet) with two
/// title rows above the header, «L.B» twice (the result's baseline, then the product's), headers with line breaks,
/// codes as text, percentages as fractions and as "100%" typed, "NP" where a quarter is not programmed, DNP's trend
/// codes, quarterly planned and executed columns for every year begun by the end date and yearly ones for the rest,
/// a totals row and empty formatted rows at the bottom; and next to it the plan profile that reads it. About 300
/// goals in 25 programs over 5 lines, each answered for by one of the alcaldía's dependencies; most are on schedule,
/// some lag (the critical routes of the demo). Same seed, same bytes.
/// </summary>
public static class PlanIndicativoExport
{
    public const string FileName = "plan-indicativo.xlsx";
    public const string ProfileFileName = "plan-indicativo.json";
    public const string Source = "plan-indicativo";

    /// <summary>Colombian government periods start in 2020, 2024, 2028…: the cuatrienio holding <paramref name="date"/>.</summary>
    public static int CuatrienioStart(DateOnly date) => date.Year - date.Year % 4;

    /// <summary>Writes both files; returns the number of goals.</summary>
    public static int Write(string folder, string entity, DateOnly endDate, int seed)
    {
        Directory.CreateDirectory(folder);
        var first = CuatrienioStart(endDate);
        var quarterYears = Enumerable.Range(first, 4).Where(y => y <= endDate.Year).ToList();
        var yearlyYears = Enumerable.Range(first, 4).Where(y => y > endDate.Year).ToList();
        var random = DeterministicRandom.For(seed, "plan-indicativo");

        var header = new List<object?>
        {
            "EJE", "NOMBRE DE SECTOR", "COD SECTOR", "PROGRAMA PDT", "L.B", "COD PRODUCTO MGA", "COD META PRODUCTO", "META DE\nPRODUCTO",
            "INDICADOR", "UNIDAD DE MEDIDA", "L.B", "VALOR ESPERADO CUATRIENIO", "TENDENCIA  INDICADOR", "RESPONSABLE",
        };
        foreach (var year in quarterYears)
            for (var q = 1; q <= 4; q++)
                header.AddRange([$"T{q}. PLANEADO {year}", $"T{q}. EJECUTADO {year}"]);
        foreach (var year in yearlyYears)
            header.Add($"VALOR ESPERADO {year}");

        var rows = new List<object?[]>
        {
            new object?[] { $"PLAN INDICATIVO {first}-{first + 3} \"{entity.ToUpperInvariant()}\"" },
            new object?[] { $"Seguimiento trimestral con corte a {endDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" },
            header.ToArray(),
        };
        var goals = 0;
        for (var l = 0; l < PlanCatalogue.Lines.Count; l++)
        {
            var line = PlanCatalogue.Lines[l];
            for (var p = 0; p < line.Programs.Count; p++)
            {
                var program = line.Programs[p];
                var number = 0;
                foreach (var template in program.Goals)
                {
                    var variants = random.Between(3, 5);
                    for (var v = 0; v < variants; v++)
                    {
                        number++;
                        goals++;
                        rows.Add(Goal(random, line.Name, program, template, $"{l + 1}.{p + 1}.{number}", Territories[v], endDate, quarterYears, yearlyYears, entityDependency: program.Responsible, goals));
                    }
                }
            }
        }
        rows.Add([null, "", null]);
        rows.Add(["TOTAL PLAN", null, null, null, null, null, null, null, null, null, null, null, null, null, goals]);
        rows.Add(["", ""]);

        var workbook = new Dictionary<string, object>
        {
            ["Portada"] = AsDictionaries([[$"Plan de Desarrollo {first}-{first + 3}"], [entity]]),
            ["PDM"] = AsDictionaries(rows),
        };
        MiniExcel.SaveAs(Path.Combine(folder, FileName), workbook, printHeader: false, overwriteFile: true);
        File.WriteAllText(Path.Combine(folder, ProfileFileName), Profile(entity, first, quarterYears, yearlyYears));
        return goals;
    }

    private static readonly string[] Territories =
        ["en la zona urbana", "en la zona rural", "en las comunas 1 a 4", "en los corregimientos", "con enfoque diferencial"];

    private static object?[] Goal(DeterministicRandom random, string line, PlanProgram program, GoalTemplate template, string code, string territory,
        DateOnly endDate, IReadOnlyList<int> quarterYears, IReadOnlyList<int> yearlyYears, string entityDependency, int index)
    {
        // How this goal is going: most on schedule, some behind, a few badly behind (the critical routes).
        var pace = random.NextDouble() switch { < 0.70 => random.Between(90, 110) / 100.0, < 0.88 => random.Between(55, 80) / 100.0, _ => random.Between(5, 45) / 100.0 };
        var (baseline, target, perQuarter) = Values(random, template);
        var cells = new List<object?>
        {
            line, program.Sector, program.SectorCode, program.Name, random.Between(10, 90),
            int.Parse(program.SectorCode + random.Between(10000, 99999).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            code, $"{template.Text} {territory}", template.Indicator, template.Unit,
            template.Unit == "Porcentaje" ? (random.Chance(0.5) ? $"{baseline * 100:0}%" : baseline) : baseline,
            template.Unit == "Porcentaje" && random.Chance(0.5) ? $"{target * 100:0}%" : target,
            template.Trend,
            // A few goals are answered for by another dependency, as in real plans.
            index % 17 == 0 ? "Despacho del Alcalde" : index % 23 == 0 ? "Secretaría de Planeación" : entityDependency,
        };
        var level = baseline;
        foreach (var year in quarterYears)
            for (var q = 1; q <= 4; q++)
            {
                var end = new DateOnly(year, q * 3, 1).AddMonths(1).AddDays(-1);
                var notProgrammed = template.Trend == "C" ? !(year == quarterYears[0] + 1 && q >= 3) : random.Chance(0.08);
                object? planned;
                object? executed = null;
                switch (template.Trend)
                {
                    case "I" or "R":
                        // Levels: the planned level moves from the baseline to the target over the cuatrienio.
                        var step = (target - baseline) / 16.0;
                        level = baseline + step * ((year - quarterYears[0]) * 4 + q);
                        planned = notProgrammed ? "NP" : Math.Round(level, 3);
                        if (!notProgrammed && end <= endDate)
                            executed = Math.Round(baseline + (level - baseline) * pace, 3);
                        break;
                    case "M":
                        planned = notProgrammed ? "NP" : random.Chance(0.5) ? "100%" : 1.0;
                        if (!notProgrammed && end <= endDate)
                            executed = Math.Round(Math.Min(1, pace), 2);
                        break;
                    default:
                        planned = notProgrammed ? (random.Chance(0.5) ? "NP" : null) : perQuarter;
                        if (!notProgrammed && end <= endDate)
                            executed = Math.Round(perQuarter * pace * random.Between(80, 120) / 100.0);
                        break;
                }
                cells.Add(planned);
                cells.Add(executed);
            }
        foreach (var _ in yearlyYears)
            cells.Add(template.Trend switch { "M" => "100%", "I" or "R" => Math.Round(target, 3), "C" => null, _ => perQuarter * 4 });
        return cells.ToArray();
    }

    private static (double Baseline, double Target, double PerQuarter) Values(DeterministicRandom random, GoalTemplate template) => template.Trend switch
    {
        "I" => (random.Between(40, 70) / 100.0, random.Between(75, 95) / 100.0, 0),
        "R" => (random.Between(20, 60), random.Between(5, 18), 0),
        "M" => (1.0, 1.0, 0),
        "C" => (0, 1, 1),
        _ => Sum(random.Between(2, 40)),
    };

    private static (double, double, double) Sum(int perQuarter) => (0, perQuarter * 16, perQuarter);

    private static string Profile(string entity, int first, IReadOnlyList<int> quarterYears, IReadOnlyList<int> yearlyYears)
    {
        var programmed = new Dictionary<string, string>();
        var achieved = new Dictionary<string, string>();
        foreach (var year in quarterYears)
            for (var q = 1; q <= 4; q++)
            {
                programmed[$"{year}-T{q}"] = $"T{q}. PLANEADO {year}";
                achieved[$"{year}-T{q}"] = $"T{q}. EJECUTADO {year}";
            }
        foreach (var year in yearlyYears)
            programmed[$"{year}"] = $"VALOR ESPERADO {year}";
        var profile = new Dictionary<string, object?>
        {
            ["tipo"] = "plan",
            ["fuente"] = Source,
            ["entidad"] = entity,
            ["formato"] = "xlsx",
            ["hoja"] = "PDM",
            ["fila_encabezado"] = null,
            ["cuatrienio"] = new[] { first, first + 3 },
            ["columnas"] = new Dictionary<string, string?>
            {
                ["meta_id"] = "COD META PRODUCTO", ["linea"] = "EJE", ["sector"] = "NOMBRE DE SECTOR", ["programa"] = "PROGRAMA PDT",
                ["meta"] = "META DE PRODUCTO", ["indicador"] = "INDICADOR", ["unidad"] = "UNIDAD DE MEDIDA", ["linea_base"] = "L.B (2)",
                ["meta_cuatrienio"] = "VALOR ESPERADO CUATRIENIO", ["tipo_acumulacion"] = "TENDENCIA  INDICADOR", ["responsable"] = "RESPONSABLE",
                ["peso"] = null,
            },
            ["programado"] = programmed,
            ["ejecutado"] = achieved,
            ["valores"] = new Dictionary<string, object>
            {
                ["tipo_acumulacion"] = new Dictionary<string, string>
                {
                    ["S"] = "suma", ["I"] = "incremento", ["M"] = "mantenimiento", ["R"] = "reducción", ["C"] = "capacidad", ["F"] = "flujo",
                },
            },
            // The names are the alcaldía's own (as its petitions write them): no aliases, so the profile trusts them.
            ["alias_dependencias"] = new Dictionary<string, string>(),
        };
        return JsonSerializer.Serialize(profile, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + Environment.NewLine;
    }

    private static List<Dictionary<string, object?>> AsDictionaries(IReadOnlyList<object?[]> rows)
    {
        var width = rows.Max(r => r.Length);
        return rows.Select(r => Enumerable.Range(0, width).ToDictionary(i => $"c{i:D3}", i => i < r.Length ? r[i] : null)).ToList();
    }
}
