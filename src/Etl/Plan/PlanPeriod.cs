using System.Globalization;
using System.Text.RegularExpressions;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>A year ("2024", <see cref="Quarter"/> 0) or one of its quarters ("2024-T3") of a plan's follow-up.</summary>
public readonly partial record struct PlanPeriod(int Year, int Quarter)
{
    public bool IsYear => Quarter == 0;

    /// <summary>The period's last day: when its value can first be judged.</summary>
    public DateOnly End => IsYear ? new DateOnly(Year, 12, 31) : new DateOnly(Year, Quarter * 3, 1).AddMonths(1).AddDays(-1);

    public static bool TryParse(string text, out PlanPeriod period)
    {
        period = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            return false;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var quarter = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        period = new PlanPeriod(year, quarter);
        return true;
    }

    public override string ToString() => IsYear
        ? Year.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Year}-T{Quarter}");

    [GeneratedRegex(@"^(\d{4})(?:-[Tt]([1-4]))?$")]
    private static partial Regex Pattern();
}
