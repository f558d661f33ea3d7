using IndicadoresServicio.Warehousing;
using DuckDB.NET.Data;

namespace IndicadoresServicio.Bench.Fill;

/// <summary>Fills a fresh DuckDB warehouse straight through DuckDB's appender, column by column in table order.</summary>
public static class DuckDbFill
{
    // Typed: a bare literal 1 would bind to AppendValue(byte?) and write one byte into an INTEGER column.
    private static readonly int? EntityId = 1;

    private static readonly DateTime LoadedAt = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static void Run(Warehouse warehouse, long petitions, Action<long> progress)
    {
        using var connection = (DuckDBConnection)warehouse.OpenConnection();
        Dimensions.Insert(connection);
        // The warehouse's default cap (384MB) cannot hold the primary key's index of 10 million rows appended in one
        // go; the setting lasts while this instance is open, so the timed queries run with the cap as the server does.
        using (var raise = connection.CreateCommand())
        {
            raise.CommandText = "SET memory_limit = '4GB'";
            raise.ExecuteNonQuery();
        }
        using var appender = connection.CreateAppender("fct_petition");
        foreach (var p in PetitionGenerator.Generate(petitions))
        {
            appender.CreateRow()
                .AppendValue(p.Id).AppendValue(EntityId).AppendValue(p.Radicado).AppendValue("banco")
                .AppendValue(p.TypeId).AppendValue(p.ChannelId).AppendValue(p.DependencyId).AppendValue(p.TopicId)
                .AppendValue((DateOnly?)p.FiledOn).AppendValue(p.FiledOn.Year * 10000 + p.FiledOn.Month * 100 + p.FiledOn.Day)
                .AppendValue(p.TermDays).AppendValue(p.DueOn).AppendValue(p.ExtensionDueOn).AppendValue(p.ExtensionValid)
                .AppendValue(p.EffectiveDueOn).AppendValue(p.AnsweredOn).AppendValue(p.BusinessDaysToAnswer)
                .AppendValue(p.DueOn).AppendValue(p.Transferred)
                .AppendValue((string?)null).AppendValue((string?)null).AppendValue("banco")
                .AppendValue((long?)null).AppendValue((long?)null).AppendValue(LoadedAt).AppendValue(LoadedAt)
                .AppendValue((int?)p.OutcomeCode)
                .EndRow();
            if (p.Id % 1_000_000 == 0)
                progress(p.Id);
        }
        appender.Close();
    }
}
