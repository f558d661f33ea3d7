using System.Net;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>A session ends on the server: a cookie kept from before a sign-out or a deactivation does not come back to life.</summary>
public sealed class SessionRevocationTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public async Task Signing_out_ends_every_copy_of_the_session_and_reactivating_an_account_revives_no_old_cookie(WarehouseEngine engine)
    {
        await using var app = await DashboardApp.Start(engine, withPetitions: false);
        app.CreateUser("comite", Roles.Committee);
        app.CreateUser("despacho", Roles.MayorsOffice);
        // Two browsers of one person: the second holds the same kind of cookie a copied one would be.
        using var browser = await app.SignedIn("comite");
        using var kept = await app.SignedIn("comite");
        using var mayor = await app.SignedIn("despacho");
        (await kept.GetAsync("/calidad")).StatusCode.Should().Be(HttpStatusCode.OK);

        var token = await DashboardApp.FormToken(browser, "/calidad");
        (await browser.PostAsync("/salir", new FormUrlEncodedContent(new Dictionary<string, string> { ["__formulario"] = token })))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await kept.GetAsync("/calidad")).StatusCode.Should().Be(HttpStatusCode.Redirect, "the cookie kept from before the sign-out is dead");
        (await mayor.GetAsync("/calidad")).StatusCode.Should().Be(HttpStatusCode.OK, "another account's session is untouched");

        app.Users.Disable("despacho");
        app.Users.Enable("despacho");
        (await mayor.GetAsync("/calidad")).StatusCode.Should().Be(HttpStatusCode.Redirect, "re-activation does not revive old cookies");
        using var again = await app.SignedIn("despacho");
        (await again.GetAsync("/calidad")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
