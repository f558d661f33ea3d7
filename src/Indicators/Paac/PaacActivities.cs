using Dapper;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Paac;

/// <summary>One plan activity and its state at a cut-off: due or not, and the progress its follow-up reported.</summary>
public sealed class PaacActivity
{
    public string Entity { get; init; } = "";
    public string Plan { get; init; } = "";
    public int Vigencia { get; init; }
    public int? ComponentNumber { get; init; }
    public string Component { get; init; } = "";
    public string? Subcomponent { get; init; }
    public string Number { get; init; } = "";
    public string Activity { get; init; } = "";
    public string? Goal { get; init; }
    public string? Responsible { get; init; }
    public string? Scheduled { get; init; }
    public DateOnly? DueOn { get; init; }
    public bool IsDue { get; init; }

    /// <summary>Percent points reported at the follow-up of the cut-off; null: no report ("sin reporte" when due).</summary>
    public double? Progress { get; init; }

    public string? Observations { get; init; }

    /// <summary>The follow-up read: the plan's latest on or before the cut-off; null when none was loaded yet.</summary>
    public DateOnly? FollowUpOn { get; init; }

    /// <summary>Due and not reported at the follow-up of the cut-off: counted as 0 %.</summary>
    public bool Unreported => IsDue && Progress is null;

    /// <summary>Due and below 100 % (PAAC-REZ).</summary>
    public bool IsLagging => IsDue && (Progress ?? 0) < 100;
}

/// <summary>The activities of a vigencia's plans at a cut-off (sql/paac/activities_at_cut_off.sql).</summary>
public static class PaacActivities
{
    public static IReadOnlyList<PaacActivity> At(Warehouse warehouse, int vigencia, DateOnly cutOff, string? entity = null, string? plan = null)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<PaacActivity>(warehouse.Sql(SqlScripts.Statements("paac/activities_at_cut_off.sql").Single()),
            new { vigencia = (short)vigencia, cut_off = cutOff, entity = entity is null ? null : TextKey.Fold(entity), plan }).ToList();
    }

    /// <summary>The vigencias with a plan loaded, oldest first.</summary>
    public static IReadOnlyList<int> Vigencias(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<int>("SELECT DISTINCT CAST(vigencia AS INTEGER) FROM fct_paac_activity ORDER BY 1").ToList();
    }

    /// <summary>The OCI's three cut-offs of a vigencia: April 30, August 31, December 31.</summary>
    public static IReadOnlyList<DateOnly> CutOffs(int vigencia) => [new(vigencia, 4, 30), new(vigencia, 8, 31), new(vigencia, 12, 31)];

    /// <summary>The cut-off to show by default: the latest of the vigencia's three on or before today, else its first.</summary>
    public static DateOnly DefaultCutOff(int vigencia, DateOnly today) =>
        CutOffs(vigencia).LastOrDefault(c => c <= today, CutOffs(vigencia)[0]);
}
