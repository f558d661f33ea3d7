namespace IndicadoresServicio.Generator.Sources;

/// <summary>
/// Which rows of an export to spoil, and how: every kind twice, spread evenly over the file so that a test reading
/// only its first rows still meets some. Small exports get each kind once, tiny ones none.
/// </summary>
internal sealed class DefectPlan
{
    private const int PerKindInLargeExports = 2;
    private const long LargeExport = 100;
    private const long SmallestSpoilableExport = 12;

    private readonly SortedDictionary<long, DefectKind> byRow = [];

    public static DefectPlan None { get; } = new();

    public static DefectPlan For(long rows, bool inject)
    {
        var plan = new DefectPlan();
        if (!inject || rows < SmallestSpoilableExport)
            return plan;

        var kinds = Enum.GetValues<DefectKind>();
        var perKind = rows >= LargeExport ? PerKindInLargeExports : 1;
        var slots = kinds.Length * perKind;
        for (var slot = 0; slot < slots; slot++)
            // Slot rows are at least 2, so a duplicate always has a previous row to copy.
            plan.byRow[(slot + 1) * rows / (slots + 1) + 1] = kinds[slot % kinds.Length];
        return plan;
    }

    public DefectKind? At(long row) => byRow.TryGetValue(row, out var kind) ? kind : null;

    public int Count => byRow.Count;
}
