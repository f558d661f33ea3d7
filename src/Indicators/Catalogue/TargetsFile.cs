using System.Text.Json;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// Reads <c>config/metas.json</c> (format in docs/metas.md):
/// <code>
/// { "indicadores": { "PQ-OPO": { "meta": 0.95, "banda_amarilla": 0.05,
///                                "dependencias": { "Secretaría de Hacienda": { "meta": 0.9 } } } } }
/// </code>
/// Proportions are fractions. What a level leaves out it inherits: a dependency from its indicator, an
/// indicator from the catalogue's default. Every problem is reported at once, in Spanish.
/// </summary>
public static class TargetsFile
{
    public const string DefaultRelativePath = "config/metas.json";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Targets Load(string path)
    {
        if (!File.Exists(path))
            throw new TargetsException($"No existe el archivo de metas «{path}».");
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    public static Targets Parse(string json, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new TargetsException(
                $"El archivo de metas «{fileName}» no es JSON válido (línea {e.LineNumber + 1}): revise comas, comillas y llaves.", e);
        }
        using (document)
        {
            var errors = new List<string>();
            var overrides = Read(document.RootElement, errors);
            if (errors.Count > 0)
                throw new TargetsException($"El archivo de metas «{fileName}» tiene errores:" +
                    string.Concat(errors.Select(e => $"{Environment.NewLine}- {e}")));
            return new Targets(overrides);
        }
    }

    private static Dictionary<IndicatorCode, IndicatorTargets> Read(JsonElement root, List<string> errors)
    {
        var result = new Dictionary<IndicatorCode, IndicatorTargets>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("debe ser un objeto JSON entre llaves { }.");
            return result;
        }
        foreach (var property in root.EnumerateObject())
            if (property.Name != "indicadores")
                errors.Add($"la clave «{property.Name}» no se reconoce; se esperaba «indicadores».");
        if (!root.TryGetProperty("indicadores", out var indicators) || indicators.ValueKind != JsonValueKind.Object)
        {
            errors.Add("falta el objeto «indicadores» con una entrada por código de indicador.");
            return result;
        }
        foreach (var entry in indicators.EnumerateObject())
        {
            var indicator = IndicatorCatalogue.Find(IndicatorCode.Parse(entry.Name));
            if (indicator is null)
            {
                errors.Add($"el indicador «{entry.Name}» no existe. Indicadores: {IndicatorCatalogue.Codes}.");
                continue;
            }
            if (indicator.Direction == IndicatorDirection.Informative)
            {
                errors.Add($"{indicator.Code} ({indicator.Name}) es informativo: no lleva meta ni semáforo.");
                continue;
            }
            var where = indicator.Code.Text;
            var overall = ReadLevel(entry.Value, indicator, indicator.DefaultTarget, where, allowDependencies: true, errors);
            var byDependency = new Dictionary<string, Target>(StringComparer.Ordinal);
            if (entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("dependencias", out var dependencies))
            {
                if (dependencies.ValueKind != JsonValueKind.Object)
                    errors.Add($"{where}: «dependencias» debe ser un objeto con una entrada por nombre de dependencia.");
                else
                    foreach (var dependency in dependencies.EnumerateObject())
                    {
                        var target = ReadLevel(dependency.Value, indicator, overall ?? indicator.DefaultTarget,
                            $"{where}, dependencia «{dependency.Name}»", allowDependencies: false, errors);
                        if (target is not null && !byDependency.TryAdd(TextKey.Fold(dependency.Name), target))
                            errors.Add($"{where}: la dependencia «{dependency.Name}» aparece dos veces.");
                    }
            }
            var bands = entry.Value.ValueKind == JsonValueKind.Object && entry.Value.TryGetProperty("bandas", out var bandsJson)
                ? ReadBands(bandsJson, indicator, where, errors)
                : null;
            result[indicator.Code] = new IndicatorTargets(overall, byDependency, bands);
        }
        return result;
    }

    /// <summary>One level's target, completed from <paramref name="inherited"/>; null when it sets none.</summary>
    private static Target? ReadLevel(JsonElement level, IndicatorDefinition indicator, Target? inherited, string where,
        bool allowDependencies, List<string> errors)
    {
        if (level.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{where}: debe ser un objeto como {{ \"meta\": 0.95, \"banda_amarilla\": 0.05 }}.");
            return null;
        }
        double? goal = null, band = null;
        foreach (var property in level.EnumerateObject())
        {
            switch (property.Name)
            {
                case "meta":
                    goal = Number(property.Value, indicator, $"{where}: «meta»", errors);
                    break;
                case "banda_amarilla":
                    band = Number(property.Value, indicator, $"{where}: «banda_amarilla»", errors);
                    break;
                case "dependencias" when allowDependencies:
                case "bandas" when allowDependencies && indicator.Bands is not null:
                    break;
                default:
                    errors.Add($"{where}: la clave «{property.Name}» no se reconoce (se admiten «meta», «banda_amarilla»" +
                        (allowDependencies ? " y «dependencias»)." : ")."));
                    break;
            }
        }
        if (goal is null && band is null)
            return null;
        var finalGoal = goal ?? inherited?.Goal;
        if (finalGoal is null)
        {
            errors.Add($"{where}: falta «meta» ({indicator.Code} no tiene meta por omisión).");
            return null;
        }
        return new Target(finalGoal.Value, band ?? inherited?.AmberBand ?? 0);
    }

    /// <summary>"bandas": {"sobresaliente": 0.8, "satisfactorio": 0.7, "medio": 0.6, "bajo": 0.4}; what is left out keeps the default.</summary>
    private static PerformanceBands? ReadBands(JsonElement json, IndicatorDefinition indicator, string where, List<string> errors)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{where}: «bandas» debe ser un objeto como {{ \"sobresaliente\": 0.8, \"satisfactorio\": 0.7, \"medio\": 0.6, \"bajo\": 0.4 }}.");
            return null;
        }
        var bands = indicator.Bands!;
        foreach (var property in json.EnumerateObject())
        {
            var value = Number(property.Value, indicator, $"{where}: «bandas.{property.Name}»", errors);
            if (value is not { } v)
                continue;
            bands = property.Name switch
            {
                "sobresaliente" => bands with { Sobresaliente = v },
                "satisfactorio" => bands with { Satisfactorio = v },
                "medio" => bands with { Medio = v },
                "bajo" => bands with { Bajo = v },
                _ => Unknown(property.Name, bands),
            };
        }
        if (!bands.IsOrdered)
            errors.Add($"{where}: «bandas» debe bajar de sobresaliente a bajo, entre 0 y 1.");
        return bands;

        PerformanceBands Unknown(string name, PerformanceBands kept)
        {
            errors.Add($"{where}: la banda «{name}» no existe (se admiten sobresaliente, satisfactorio, medio y bajo; por debajo de bajo es crítico).");
            return kept;
        }
    }

    private static double? Number(JsonElement value, IndicatorDefinition indicator, string where, List<string> errors)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number))
        {
            errors.Add($"{where} debe ser un número (use punto decimal: 0.95).");
            return null;
        }
        if (number < 0)
        {
            errors.Add($"{where} no puede ser negativa.");
            return null;
        }
        if (indicator.Unit == IndicatorUnit.Proportion && number > 1)
        {
            errors.Add($"{where} es una proporción: escríbala como fracción entre 0 y 1 (0.95 para 95 %), no {number}.");
            return null;
        }
        return number;
    }
}
