using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// The targets in force: the catalogue's defaults, overridden per indicator and optionally per dependency by an
/// installation's <c>config/metas.json</c> (<see cref="TargetsFile"/>).
/// </summary>
public sealed class Targets
{
    private readonly IReadOnlyDictionary<IndicatorCode, IndicatorTargets> _overrides;

    internal Targets(IReadOnlyDictionary<IndicatorCode, IndicatorTargets> overrides) => _overrides = overrides;

    /// <summary>The catalogue's own targets, for an installation without a targets file.</summary>
    public static Targets Defaults { get; } = new(new Dictionary<IndicatorCode, IndicatorTargets>());

    /// <summary>
    /// The target for <paramref name="indicator"/>, for one dependency when given (matched however it is
    /// accented or capitalised), else the indicator's own, else the catalogue's default; null: no target.
    /// </summary>
    public Target? For(IndicatorDefinition indicator, string? dependency = null)
    {
        if (!_overrides.TryGetValue(indicator.Code, out var configured))
            return indicator.DefaultTarget;
        if (dependency is not null && configured.ByDependency.TryGetValue(TextKey.Fold(dependency), out var forDependency))
            return forDependency;
        return configured.Overall ?? indicator.DefaultTarget;
    }

    /// <summary>The bands in force for an indicator judged in bands: configured, else the catalogue's; null for the others.</summary>
    public PerformanceBands? BandsFor(IndicatorDefinition indicator) =>
        indicator.Bands is null ? null : _overrides.GetValueOrDefault(indicator.Code)?.Bands ?? indicator.Bands;
}

/// <summary>What a targets file says about one indicator.</summary>
internal sealed record IndicatorTargets(Target? Overall, IReadOnlyDictionary<string, Target> ByDependency, PerformanceBands? Bands = null);
