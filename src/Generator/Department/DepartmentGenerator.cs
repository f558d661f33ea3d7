using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Generator.Department;

/// <summary>One municipality a department generation wrote: its entity name, its folder and what went in it.</summary>
public sealed record GeneratedMunicipality(string EntityName, string Folder, GenerationSummary Summary);

/// <summary>
/// The municipalities of one department for a gobernación's Mesa Departamental (seed 001: Caldas and its "Pacto por
/// el Servicio al Ciudadano"), each written by <see cref="MunicipalityGenerator"/> into its own folder with its own
/// entity name (the profiles' <c>entidad</c>) and its own seed, so each has its own dependencies, volumes and response
/// habits. Sizes differ as towns do: the first has <c>largest</c> petitions and each next one fewer; the smaller half
/// has no sede electrónica, only the ventanilla única's CSV, as many small municipalities.
/// </summary>
public static class DepartmentGenerator
{
    public static readonly IReadOnlyList<string> Towns =
    [
        "Alcaldía de Villamaría", "Alcaldía de Chinchiná", "Alcaldía de Riosucio", "Alcaldía de Anserma", "Alcaldía de Neira",
        "Alcaldía de Aguadas", "Alcaldía de Salamina", "Alcaldía de Supía", "Alcaldía de Manzanares", "Alcaldía de Pácora",
        "Alcaldía de Aranzazu", "Alcaldía de Marmato",
    ];

    /// <summary>The fewest petitions a municipality gets, however small the requested size.</summary>
    public const int SmallestTown = 200;

    /// <param name="template">Output folder (the department's), size of the largest town, seed, period and defects; its entity name is not used.</param>
    public static IReadOnlyList<GeneratedMunicipality> Generate(GenerationOptions template, int municipalities, IProgress<long>? progress = null)
    {
        if (municipalities < 1 || municipalities > Towns.Count)
            throw new GenerationOptionsException($"--municipios debe estar entre 1 y {Towns.Count}.");
        var generated = new List<GeneratedMunicipality>();
        for (var i = 0; i < municipalities; i++)
        {
            var options = For(template, i, municipalities);
            generated.Add(new GeneratedMunicipality(options.EntityName, options.OutputDirectory, MunicipalityGenerator.Generate(options, progress)));
        }
        return generated;
    }

    /// <summary>The options of the <paramref name="index"/>-th municipality (0 the largest) of <paramref name="count"/>.</summary>
    public static GenerationOptions For(GenerationOptions template, int index, int count)
    {
        var name = Towns[index];
        var petitions = Math.Max(SmallestTown, (long)Math.Round(template.Petitions / (1 + 0.6 * index)));
        var withSede = template.WriteXlsx && index < (count + 1) / 2;
        return template with
        {
            OutputDirectory = Path.Combine(template.OutputDirectory, Folder(name)),
            EntityName = name,
            Petitions = petitions,
            Seed = template.Seed + 7919 * index,
            WriteXlsx = withSede,
            XlsxRows = (int)Math.Max(50, Math.Min(template.XlsxRows, petitions / 5)),
        };
    }

    /// <summary>"Alcaldía de Supía" → "supia".</summary>
    public static string Folder(string entityName) =>
        TextKey.Fold(entityName.Replace("Alcaldía de ", "", StringComparison.Ordinal)).Replace(' ', '-');
}
