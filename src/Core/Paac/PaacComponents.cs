using System.Globalization;
using System.Text.RegularExpressions;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Core.Paac;

/// <summary>One component of an anti-corruption plan: its number in the plan and its name.</summary>
public sealed record PaacComponent(int? Number, string Name);

/// <summary>
/// The components of the Plan Anticorrupción y de Atención al Ciudadano (Decreto 124 de 2016) and how a text that
/// names one is recognised: "Componente 4", "CUARTO COMPONENTE: MECANISMOS…", "4. Atención al ciudadano", a sheet
/// called "Comp 2 Trámites". Accents and case are ignored. A PTEP (Ley 2195 de 2022) has no fixed catalogue: its
/// components are the names its file gives (<see cref="Named"/>).
/// </summary>
public static partial class PaacComponents
{
    public const string Paac = "PAAC";
    public const string Ptep = "PTEP";

    public static IReadOnlyList<PaacComponent> Catalogue { get; } =
    [
        new(1, "Gestión del riesgo de corrupción - Mapa de riesgos de corrupción"),
        new(2, "Racionalización de trámites"),
        new(3, "Rendición de cuentas"),
        new(4, "Mecanismos para mejorar la atención al ciudadano"),
        new(5, "Transparencia y acceso a la información"),
        new(6, "Iniciativas adicionales"),
    ];

    // Words that identify each component in the ways entities shorten its name (folded).
    private static readonly string[][] Keywords =
    [
        ["riesgo"],
        ["racionalizacion", "tramites"],
        ["rendicion de cuentas"],
        ["atencion al ciudadano", "servicio al ciudadano"],
        ["transparencia", "acceso a la informacion"],
        ["iniciativas adicionales"],
    ];

    private static readonly string[] Ordinals = ["primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "septimo", "octavo", "noveno", "decimo"];

    /// <summary>
    /// The PAAC component a text names, by number ("Componente 4", "cuarto componente", "4. …") or by name; null
    /// when it names none. The plan's own title ("Plan Anticorrupción y de Atención al Ciudadano") names none.
    /// </summary>
    public static PaacComponent? Recognise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (NumberIn(text) is { } number)
            return number is >= 1 and <= 6 ? Catalogue[number - 1] : null;
        var folded = TextKey.Fold(text);
        if (folded.Contains("anticorrupcion", StringComparison.Ordinal) && !folded.Contains("componente", StringComparison.Ordinal))
            return null;
        for (var i = 0; i < Keywords.Length; i++)
            if (Keywords[i].Any(k => folded.Contains(k, StringComparison.Ordinal)))
                return Catalogue[i];
        return null;
    }

    /// <summary>
    /// A component of a plan without catalogue (PTEP) as its file names it: "Componente 3: Debida diligencia" is
    /// number 3 named "Debida diligencia"; a text with no number is its own name.
    /// </summary>
    public static PaacComponent? Named(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var number = NumberIn(text);
        var name = NamePart().Replace(text.Trim(), "").Trim(' ', ':', '-', '.', '–');
        if (name.Length == 0)
            name = number is { } n ? $"Componente {n}" : text.Trim();
        return new PaacComponent(number, name);
    }

    /// <summary>The number a text gives a component: "Componente 4", "COMPONENTE N°. 4", "Comp 2", "cuarto componente", "4. Atención".</summary>
    public static int? NumberIn(string text)
    {
        var folded = TextKey.Fold(text);
        var match = Numbered().Match(folded);
        if (match.Success)
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        for (var i = 0; i < Ordinals.Length; i++)
            if (Regex.IsMatch(folded, $@"\b{Ordinals[i]}o?\s+componente\b|\bcomponente\s+{Ordinals[i]}o?\b"))
                return i + 1;
        var leading = Leading().Match(folded);
        return leading.Success ? int.Parse(leading.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"\bcomp(?:onente)?\.?\s*(?:n\s*[°º.o]*\s*|no\.?\s*|numero\s*|#\s*)?(\d{1,2})\b")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(\d{1,2})(?:\s*[.):-]\s*|\s+)\D")]
    private static partial Regex Leading();

    // "Componente 3:", "COMPONENTE N°. 3 -", "3.", "Tercer componente:" at the start of a name.
    [GeneratedRegex(@"^(?:(?:comp(?:onente)?\.?\s*(?:n\s*[°º.o]*\s*|no\.?\s*)?\d{1,2})|(?:\d{1,2}\s*[.):-])|(?:\w+\s+componente))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamePart();
}
