namespace IndicadoresServicio.Generator.Sources;

/// <summary>Counts written rows across every export and reports the running total every 10,000 rows and at the end.</summary>
internal sealed class ProgressCounter(IProgress<long>? progress)
{
    public const int ReportEvery = 10_000;

    public long Rows { get; private set; }

    public void RowWritten()
    {
        Rows++;
        if (Rows % ReportEvery == 0)
            progress?.Report(Rows);
    }

    public void Finished()
    {
        if (Rows % ReportEvery != 0)
            progress?.Report(Rows);
    }
}
