using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>
/// The server-side half of a session: a counter per account (app_user.session_generation) that each sign-in cookie
/// carries and every request compares. <see cref="SessionStamp"/> notices changes to the account itself; this notices
/// what leaves the account as it was: signing out (a copied cookie stayed valid for eight hours) and deactivating then
/// re-activating it (which revived every old cookie). Password changes and deactivation move it in <see cref="AppUsers"/>.
/// </summary>
public static class SessionGeneration
{
    public const string Claim = "indicadores:generacion";

    /// <summary>The account's generation now; 0 for an account that does not exist (its cookies are refused elsewhere).</summary>
    public static string Current(Warehouse warehouse, string userName) =>
        new AppUsers(warehouse).SessionGeneration(userName).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Ends every session of the account (sign-out).</summary>
    public static void Rotate(Warehouse warehouse, string userName) => new AppUsers(warehouse).EndSessions(userName);
}
