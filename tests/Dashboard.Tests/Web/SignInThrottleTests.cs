using System.Net;
using IndicadoresServicio.Dashboard.Accounts;
using IndicadoresServicio.Dashboard.Web.Pages;
using IndicadoresServicio.Dashboard.Web.Security;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class SignInThrottleTests
{
    private sealed class MovableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2024, 6, 30, 17, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task After_five_wrong_passwords_the_right_one_is_refused_in_spanish_and_other_users_still_sign_in()
    {
        await using var app = await DashboardApp.Start(withPetitions: false);
        app.CreateUser("comite", Roles.Committee);
        app.CreateUser("despacho", Roles.MayorsOffice);
        using var guesser = app.Anonymous();

        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            var wrong = await DashboardApp.SignIn(guesser, "comite", $"clave-mala-{i}");
            (await wrong.Content.ReadAsStringAsync()).Should().Contain(IngresarModel.WrongCredentials);
        }
        var right = await DashboardApp.SignIn(guesser, "COMITE", DashboardApp.Password);
        var html = await right.Content.ReadAsStringAsync();

        right.StatusCode.Should().Be(HttpStatusCode.OK, "no session cookie and no redirect to the dashboard");
        html.Should().Contain("Demasiados intentos fallidos con este usuario. Espere 15 minutos");
        using var other = await app.SignedIn("despacho");
        (await other.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void The_user_may_try_again_once_the_window_has_passed_since_the_last_failure_and_a_success_starts_afresh()
    {
        var clock = new MovableClock();
        var throttle = new SignInThrottle(clock);

        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
            throttle.Failed("ana");
        throttle.Wait("ana").Should().BeNull("four failures are not enough");
        throttle.Failed("Ana");
        throttle.Wait("ana").Should().Be(SignInThrottle.Window, "names are matched without case");
        clock.Now += TimeSpan.FromMinutes(14);
        throttle.Wait("ana").Should().Be(TimeSpan.FromMinutes(1));
        clock.Now += TimeSpan.FromMinutes(1);
        throttle.Wait("ana").Should().BeNull();

        throttle.Failed("ana");
        throttle.Wait("ana").Should().BeNull("the old failures lapsed: this is the first of a new count");
        throttle.Succeeded("ana");
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
            throttle.Failed("ana");
        throttle.Wait("ana").Should().BeNull();
    }
}
