using System.Text;

namespace IndicadoresServicio.Warehousing;

/// <summary>
/// The one seam between engines for query text. Queries are written for Npgsql (<c>@name</c> parameters);
/// DuckDB wants <c>$name</c>. String literals, quoted identifiers and comments are left untouched.
/// </summary>
public static class SqlDialect
{
    public static string Translate(WarehouseEngine engine, string sql)
    {
        if (engine != WarehouseEngine.DuckDb || !sql.Contains('@'))
            return sql;
        var result = new StringBuilder(sql.Length);
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            if (c is '\'' or '"')
            {
                var end = sql.IndexOf(c, i + 1);
                end = end < 0 ? sql.Length - 1 : end;
                result.Append(sql, i, end - i + 1);
                i = end + 1;
            }
            else if (c == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
            {
                var end = sql.IndexOf('\n', i);
                end = end < 0 ? sql.Length : end;
                result.Append(sql, i, end - i);
                i = end;
            }
            else if (c == '@' && i + 1 < sql.Length && (char.IsLetter(sql[i + 1]) || sql[i + 1] == '_'))
            {
                result.Append('$');
                i++;
            }
            else
            {
                result.Append(c);
                i++;
            }
        }
        return result.ToString();
    }
}
