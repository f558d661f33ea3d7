using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Warehousing.Tests;

public sealed class SqlDialectTests
{
    [Fact]
    public void DuckDb_gets_dollar_parameters_but_literals_and_comments_keep_their_at_signs()
    {
        const string sql = "SELECT 'a@b.co', x -- @nota\nFROM t WHERE id = @id AND name = @name_key";

        SqlDialect.Translate(WarehouseEngine.DuckDb, sql)
            .Should().Be("SELECT 'a@b.co', x -- @nota\nFROM t WHERE id = $id AND name = $name_key");
    }

    [Fact]
    public void Postgres_keeps_the_query_as_written()
    {
        SqlDialect.Translate(WarehouseEngine.Postgres, "WHERE id = @id").Should().Be("WHERE id = @id");
    }
}
