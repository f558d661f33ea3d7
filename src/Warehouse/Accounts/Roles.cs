namespace IndicadoresServicio.Warehousing.Accounts;

/// <summary>
/// The four roles of the dashboard, stored by code. The Comité and the mayor's office (despacho) see every
/// dependency; a secretaría sees its own dependency's detail and only the aggregated comparison of the others;
/// the administrator manages accounts and runs the loads. Besides its role, an account may be scoped to one entity
/// (<see cref="AccountEntity"/>): a municipality's user in a gobernación's warehouse sees only that entity's data.
/// </summary>
public static class Roles
{
    public const string Committee = "comite";
    public const string MayorsOffice = "despacho";
    public const string Secretariat = "secretaria";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Committee, MayorsOffice, Secretariat, Admin];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code);

    public static string SpanishName(string code) => code switch
    {
        Committee => "Comité de Gestión y Desempeño",
        MayorsOffice => "Despacho",
        Secretariat => "Secretaría",
        Admin => "Administración",
        _ => code,
    };
}
