namespace IndicadoresServicio.Generator.Sources.Petitioners;

/// <summary>
/// The personal data an export carries about who filed a petition (Ley 1581 de 2012): fake, but shaped like the
/// real thing, so that the ETL can prove it drops them. Empty strings where the petitioner gave nothing.
/// </summary>
internal sealed record Petitioner(string Name, string Identification, string Phone, string Email, string Address)
{
    public static readonly Petitioner Anonymous = new("ANONIMO", "", "", "", "");
}
