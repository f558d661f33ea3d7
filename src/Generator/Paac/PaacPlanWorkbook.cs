using System.Globalization;
using System.Text.Json;
using IndicadoresServicio.Core.Paac;

namespace IndicadoresServicio.Generator.Paac;

/// <summary>
/// Writes the demo municipality's PAAC workbook for a vigencia as alcaldías publish it, with the OCI's follow-ups in
/// it: one sheet per component under two title rows, a two-row header (plan columns merged down, "Seguimiento N OCI"
/// merged over "% de avance" | "Observaciones"), subcomponent and responsable merged down, progress typed every way
/// (percent cells, "80%", 80, "Cumplida"), and only the follow-ups whose cut-off had passed by <c>asOf</c>. Next to it,
/// the profile that reads it (paac-AAAA.json). Same seed, same bytes.
/// </summary>
public static class PaacPlanWorkbook
{
    private static readonly string[] PlanHeaders = ["Subcomponente", "No.", "Actividades", "Meta o producto", "Responsable", "Fecha programada"];
    private static readonly string[] CutOffTitles = ["Seguimiento 1 OCI (30 de abril)", "Seguimiento 2 OCI (31 de agosto)", "Seguimiento 3 OCI (31 de diciembre)"];

    /// <returns>The workbook's and the profile's paths, and how many activities it holds.</returns>
    public static (string Workbook, string Profile, int Activities) Write(string folder, string entity, int vigencia, DateOnly asOf, int seed)
    {
        var random = new Random(seed + vigencia);
        var cutOffs = new[] { new DateOnly(vigencia, 4, 30), new DateOnly(vigencia, 8, 31), new DateOnly(vigencia, 12, 31) };
        var sheets = new List<Sheet>();
        var count = 0;
        for (var c = 0; c < PaacPlanCatalogue.Components.Count; c++)
        {
            var component = PaacComponents.Catalogue[c];
            var rows = new List<IReadOnlyList<Cell>>
            {
                new Cell[] { $"PLAN ANTICORRUPCIÓN Y DE ATENCIÓN AL CIUDADANO - VIGENCIA {vigencia}" },
                new Cell[] { $"Componente {component.Number}: {component.Name.ToUpper(CultureInfo.GetCultureInfo("es-CO"))}" },
                Array.Empty<Cell>(),
                PlanHeaders.Select(h => (Cell)h).Concat(CutOffTitles.SelectMany(t => new Cell[] { t, null })).ToArray(),
                PlanHeaders.Select(_ => (Cell)null).Concat(CutOffTitles.SelectMany(_ => new Cell[] { "% de avance", "Observaciones" })).ToArray(),
            };
            var merged = new List<string> { "A1:L1", "A2:L2" };
            for (var h = 0; h < PlanHeaders.Length; h++)
                merged.Add($"{SheetWriter.Letters(h + 1)}4:{SheetWriter.Letters(h + 1)}5");
            for (var k = 0; k < CutOffTitles.Length; k++)
                merged.Add($"{SheetWriter.Letters(7 + 2 * k)}4:{SheetWriter.Letters(8 + 2 * k)}4");

            var activities = PaacPlanCatalogue.Components[c];
            var first = rows.Count + 1;
            foreach (var group in activities.Select((a, i) => (a, i)).GroupBy(x => x.a.Subcomponent))
            {
                var start = rows.Count + 1;
                foreach (var (activity, i) in group)
                {
                    var scheduled = string.Format(CultureInfo.InvariantCulture, activity.Scheduled, vigencia);
                    var row = new List<Cell>
                    {
                        rows.Count + 1 == start ? activity.Subcomponent : null,
                        activity.Number, activity.Activity, activity.Goal, activity.Responsible, scheduled,
                    };
                    var progress = 0.0;
                    foreach (var cutOff in cutOffs)
                    {
                        if (cutOff > asOf)
                        {
                            row.AddRange([null, null]);
                            continue;
                        }
                        progress = Math.Min(100, progress + random.Next(15, 60));
                        if (random.Next(12) == 0)
                        {
                            row.AddRange([null, "Sin evidencias aportadas por el responsable"]);   // sin reporte
                            continue;
                        }
                        row.Add(Typed(progress, random));
                        row.Add(progress >= 100 ? "Cumplida con evidencias" : random.Next(3) == 0 ? "En ejecución; se revisaron soportes" : null);
                    }
                    rows.Add(row);
                    count++;
                }
                var end = rows.Count;
                if (end > start)
                    merged.Add($"A{start}:A{end}");
            }
            // The responsable written once over consecutive activities of the same dependency.
            for (var r = first; r <= rows.Count;)
            {
                var next = r;
                while (next < rows.Count && rows[next][4].Text == rows[r - 1][4].Text)
                    next++;
                if (next > r)
                {
                    merged.Add($"E{r}:E{next}");
                    for (var k = r; k < next; k++)
                        rows[k] = [.. rows[k].Select((cell, i) => i == 4 ? (Cell)null : cell)];
                }
                r = next + 1;
            }
            sheets.Add(new Sheet($"{component.Number}. {Short(component.Name)}", rows, merged));
        }

        var workbook = Path.GetFullPath(Path.Combine(folder, $"paac-{vigencia}.xlsx"));
        SheetWriter.Write(workbook, sheets);
        var profile = Path.GetFullPath(Path.Combine(folder, $"paac-{vigencia}.json"));
        File.WriteAllText(profile, Profile(entity, vigencia, cutOffs));
        return (workbook, profile, count);
    }

    /// <summary>Progress typed as OCIs type it: a percent cell, "80%", "80 %", a plain number, or "Cumplida".</summary>
    private static Cell Typed(double progress, Random random) => random.Next(4) switch
    {
        _ when progress >= 100 && random.Next(2) == 0 => "Cumplida",
        0 => Cell.Share(progress / 100),
        1 => $"{progress:0}%",
        2 => $"{progress:0} %",
        _ => Cell.Of(progress),
    };

    private static string Short(string name) => name.Length <= 25 ? name : name[..25].TrimEnd();

    private static string Profile(string entity, int vigencia, DateOnly[] cutOffs) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["tipo"] = "paac",
        ["fuente"] = "paac",
        ["entidad"] = entity,
        ["formato"] = "xlsx",
        ["plan"] = "PAAC",
        ["vigencia"] = vigencia,
        ["hoja"] = null,
        ["fila_encabezado"] = null,
        ["filas_encabezado"] = 2,
        ["componente_de"] = "titulo",
        ["columnas"] = new Dictionary<string, string>
        {
            ["subcomponente"] = "Subcomponente", ["actividad_id"] = "No.", ["actividad"] = "Actividades",
            ["meta"] = "Meta o producto", ["responsable"] = "Responsable", ["fecha_programada"] = "Fecha programada",
        },
        ["seguimientos"] = cutOffs.Select((c, i) => new Dictionary<string, string>
        {
            ["corte"] = c.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["avance"] = i == 0 ? "% de avance" : $"% de avance ({i + 1})",
            ["observaciones"] = i == 0 ? "Observaciones" : $"Observaciones ({i + 1})",
        }).ToList(),
        ["valores"] = new Dictionary<string, object> { ["avance"] = new Dictionary<string, int> { ["Cumplida"] = 100, ["No iniciada"] = 0 } },
        ["alias_dependencias"] = new Dictionary<string, string>(),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
