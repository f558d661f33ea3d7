namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// The five bands a plan's progress is judged by (DNP's usual scale): at or above <see cref="Sobresaliente"/>
/// sobresaliente, then satisfactorio, medio, bajo, and crítico below <see cref="Bajo"/>. Fractions, configurable per
/// indicator in config/metas.json ("bandas").
/// </summary>
public sealed record PerformanceBands(double Sobresaliente, double Satisfactorio, double Medio, double Bajo)
{
    // 0.8 computed as 4/5 and 0.8 typed in a file must compare equal.
    private const double Tolerance = 1e-9;

    /// <summary>The contract's defaults: ≥ 80 % sobresaliente, 70-79 satisfactorio, 60-69 medio, 40-59 bajo, &lt; 40 crítico.</summary>
    public static PerformanceBands Default { get; } = new(0.8, 0.7, 0.6, 0.4);

    /// <summary>The band names, best first: what every page and report shows.</summary>
    public static IReadOnlyList<string> Names { get; } = ["sobresaliente", "satisfactorio", "medio", "bajo", "crítico"];

    /// <summary>The band of a value; null when there is nothing to judge.</summary>
    public string? Of(double? value) => value switch
    {
        null => null,
        >= 0 when value >= Sobresaliente - Tolerance => Names[0],
        _ when value >= Satisfactorio - Tolerance => Names[1],
        _ when value >= Medio - Tolerance => Names[2],
        _ when value >= Bajo - Tolerance => Names[3],
        _ => Names[4],
    };

    /// <summary>Thresholds that do not go down from sobresaliente to bajo, or leave 0-1, make bands nobody can read.</summary>
    public bool IsOrdered => Sobresaliente <= 1 && Sobresaliente >= Satisfactorio && Satisfactorio >= Medio && Medio >= Bajo && Bajo >= 0;
}
