using System.Diagnostics;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Bench;

/// <summary>
/// What the ETL's reading half costs on its own (wall and CPU time): reading the CSV, then mapping, then the row
/// hash. It tells how much of a load is ours before any warehouse is involved.
/// </summary>
internal static class Probe
{
    public static int Run(string[] args)
    {
        var (csv, profilePath) = (args[0], args[1]);
        var profile = MappingProfiles.Load(profilePath);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var mapping = new PetitionMapping(profile, PetitionFileLoad.CalendarOf(profile, Path.GetTempPath()), today);
        Time("leer", () => SourceFiles.Open(csv, profile).Records.LongCount());
        Time("leer+mapear", () => SourceFiles.Open(csv, profile).Records
            .LongCount(r => r.IsReadable && mapping.Map(r.Row).Petition is not null));
        Time("leer+mapear+huella", () => SourceFiles.Open(csv, profile).Records
            .LongCount(r => r.IsReadable && mapping.Map(r.Row).Petition is { } p && RowHash.Of(p).Length > 0));
        return 0;
    }

    private static void Time(string what, Func<long> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        var rows = work();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{what}: {rows:N0} filas, {clock.Elapsed.TotalSeconds:F2} s, CPU {used.TotalSeconds:F2} s, "
            + $"asignado {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:F2} GB");
    }
}
