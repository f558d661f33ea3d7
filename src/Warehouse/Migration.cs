using System.Security.Cryptography;
using System.Text;

namespace IndicadoresServicio.Warehousing;

/// <summary>One ordered DDL step from <c>sql/</c>, already chosen for an engine.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>Recorded when applied, so a file edited after the fact is caught rather than silently skipped.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}
