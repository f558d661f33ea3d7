
namespace IndicadoresServicio.Warehousing.Tests;

/// <summary>
/// A load that passes DuckDB's memory limit must get the Spanish advice (raise INDICADORES_DUCKDB_MEMORIA or split
/// the file) whichever of DuckDB's messages it fails with; which one depends on where the limit hits, so the
/// end-to-end test (MemoryLimitTests) cannot pin each down.
/// </summary>
public sealed class OutOfMemoryTests
{
    [Theory]
    [InlineData("Out of Memory Error: failed to pin block of size 256.0 KiB (383.9 MiB/384.0 MiB used)")]
    [InlineData("Failed to append: could not allocate block of size 256.0 KiB (383.9 MiB/384.0 MiB used)")]
    [InlineData("Failed to append: failed to allocate data of size 64.0 KiB (19.0 MiB/19.0 MiB used)")]
    public void Each_of_duckdbs_out_of_memory_messages_is_recognised(string message) =>
        IndicadoresServicio.Warehousing.Warehouse.IsOutOfMemory(new InvalidOperationException(message)).Should().BeTrue();

    [Fact]
    public void Other_failures_are_not_taken_for_a_lack_of_memory() =>
        IndicadoresServicio.Warehousing.Warehouse.IsOutOfMemory(new InvalidOperationException("Constraint Error: Duplicate key \"radicado: 1\"")).Should().BeFalse();
}
