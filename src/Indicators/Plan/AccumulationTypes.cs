using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Indicators.Plan;

/// <summary>
/// How a goal's yearly values add up to its four-year target (DNP's "tipo de acumulación"), which decides its
/// PD-CUAT. The codes are what the warehouse stores and what a profile's "valores.tipo_acumulacion" maps to.
/// </summary>
public static class AccumulationTypes
{
    public const string Suma = "suma";
    public const string Incremento = "incremento";
    public const string Reduccion = "reduccion";
    public const string Mantenimiento = "mantenimiento";
    public const string Flujo = "flujo";
    public const string Capacidad = "capacidad";

    public static IReadOnlyList<string> All { get; } = [Suma, Incremento, Reduccion, Mantenimiento, Flujo, Capacidad];

    /// <summary>The code for a word however accented or capitalised ("Reducción", "SUMA"); null when it is none of them.</summary>
    public static string? Find(string text)
    {
        var folded = TextKey.Fold(text);
        return All.FirstOrDefault(code => code == folded);
    }

    public static string SpanishName(string code) => code switch
    {
        Reduccion => "reducción",
        _ => code,
    };
}
