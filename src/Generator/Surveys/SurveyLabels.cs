using IndicadoresServicio.Generator.Municipality;

namespace IndicadoresServicio.Generator.Surveys;

/// <summary>The answer options the demo's forms offer, written once for the exports and for the profiles that read them.</summary>
internal static class SurveyLabels
{
    /// <summary>The five-point satisfaction options, index 0 worth 1 point … index 4 worth 5.</summary>
    public static IReadOnlyList<string> Satisfaction { get; } =
        ["Muy insatisfecho", "Insatisfecho", "Ni satisfecho ni insatisfecho", "Satisfecho", "Muy satisfecho"];

    /// <summary>The Google form's extra option, worth nothing (not a valid answer).</summary>
    public const string DoesNotKnow = "No sabe / No responde";

    public static string SatisfactionOf(int rating) => Satisfaction[rating - 1];

    /// <summary>The profile's "escalas.satisfaccion": every label with its points, "No sabe" worth null when offered.</summary>
    public static Dictionary<string, int?> SatisfactionScale(bool withDoesNotKnow)
    {
        var scale = new Dictionary<string, int?>();
        for (var points = 5; points >= 1; points--)
            scale[SatisfactionOf(points)] = points;
        if (withDoesNotKnow)
            scale[DoesNotKnow] = null;
        return scale;
    }

    /// <summary>
    /// How a form's drop-down names a dependency: "Hacienda" for "Secretaría de Hacienda", "Atención al Ciudadano"
    /// for "Oficina de Atención al Ciudadano"; the survey profile maps each back to the official name.
    /// </summary>
    public static string ShortName(string dependency)
    {
        foreach (var prefix in new[] { "Secretaría de ", "Oficina Asesora ", "Oficina de " })
            if (dependency.StartsWith(prefix, StringComparison.Ordinal))
                return dependency[prefix.Length..];
        return dependency;
    }

    /// <summary>
    /// The profile's "alias_dependencias": each name the drop-down shows, to its official name (itself when the form
    /// uses the full name, so that the ETL knows every option and reports only a name nobody listed).
    /// </summary>
    public static Dictionary<string, string> DependencyAliases() =>
        Dependencies.All.ToDictionary(d => ShortName(d.Name), d => d.Name);

    /// <summary>"Usted es": the value group a citizen says they belong to.</summary>
    public static string ValueGroup(PetitionerType type, double draw) => type switch
    {
        PetitionerType.Juridica => "Empresa",
        PetitionerType.NinoNinaAdolescente => "Niño, niña o adolescente",
        _ => draw switch { < 0.06 => "Organización social", < 0.12 => "Servidor público", _ => "Ciudadano" },
    };
}
