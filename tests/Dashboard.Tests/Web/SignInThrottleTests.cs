using System.Net;
using IndicadoresServicio.Warehousing.Accounts;
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

    private const string Office = "10.0.0.5";

    [Fact]
    public void The_user_may_try_again_once_the_window_has_passed_since_the_last_failure_and_a_success_starts_afresh()
    {
        var clock = new MovableClock();
        var throttle = new SignInThrottle(clock);

        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
            throttle.Failed("ana", Office);
        throttle.Wait("ana", Office).Should().BeNull("four failures are not enough");
        throttle.Failed("Ana", Office);
        throttle.Wait("ana", Office)!.Left.Should().Be(SignInThrottle.Window, "names are matched without case");
        clock.Now += TimeSpan.FromMinutes(14);
        throttle.Wait("ana", Office)!.Left.Should().Be(TimeSpan.FromMinutes(1));
        clock.Now += TimeSpan.FromMinutes(1);
        throttle.Wait("ana", Office).Should().BeNull();

        throttle.Failed("ana", Office);
        throttle.Wait("ana", Office).Should().BeNull("the old failures lapsed: this is the first of a new count");
        throttle.Succeeded("ana", Office);
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
            throttle.Failed("ana", Office);
        throttle.Wait("ana", Office).Should().BeNull();
    }

    [Fact]
    public void Five_failures_from_one_address_do_not_lock_the_account_for_its_owner_at_another_address()
    {
        var throttle = new SignInThrottle(new MovableClock());

        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
            throttle.Failed("admin", "203.0.113.9");

        throttle.Wait("admin", "203.0.113.9").Should().NotBeNull();
        throttle.Wait("admin", Office).Should().BeNull("a correct password from an address with no failures still passes");
    }

    [Fact]
    public void One_address_trying_many_user_names_is_throttled_as_an_address()
    {
        var throttle = new SignInThrottle(new MovableClock());

        for (var i = 0; i < SignInThrottle.MaxAddressFailures; i++)
            throttle.Failed($"usuario{i}", "203.0.113.9");

        throttle.Wait("otro-usuario", "203.0.113.9").Should().Be(new SignInThrottle.Lock(SignInThrottle.Window, FromAddress: true));
        IngresarModel.TooManyFailures(throttle.Wait("otro-usuario", "203.0.113.9")!).Should().Contain("desde esta dirección");
        throttle.Wait("otro-usuario", Office).Should().BeNull();
    }

    [Fact]
    public void Guesses_from_many_addresses_lock_a_name_except_from_an_address_its_owner_signed_in_from()
    {
        var throttle = new SignInThrottle(new MovableClock());
        throttle.Succeeded("admin", Office);

        for (var i = 0; i < SignInThrottle.MaxUserFailures; i++)
            throttle.Failed("admin", $"198.51.100.{i}");

        throttle.Wait("admin", "192.0.2.1").Should().NotBeNull("a new address is refused once the name is under attack");
        throttle.Wait("admin", Office).Should().BeNull("the owner's own address still gets in");
    }
}
