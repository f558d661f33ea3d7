using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Warehousing.Tests.Accounts;

public sealed class AppUsersTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private const string Password = "clave-de-prueba-1";

    [Theory, MemberData(nameof(Engines))]
    public void A_created_account_is_stored_with_a_hash_and_signs_in_whatever_the_case_of_its_name(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var users = new AppUsers(test.Warehouse);

        users.Create(" Ana.Perez ", "Ana Pérez", Roles.Secretariat, "Secretaría de Hacienda", Password);

        var stored = users.Find("ANA.PEREZ")!;
        stored.UserName.Should().Be("ana.perez");
        stored.DisplayName.Should().Be("Ana Pérez");
        stored.DependencyName.Should().Be("Secretaría de Hacienda");
        stored.PasswordHash.Should().NotContain(Password);
        users.SignIn("Ana.Perez", Password).Should().NotBeNull();
        users.SignIn("ana.perez", "otra-clave-123").Should().BeNull();
        users.SignIn("nadie", Password).Should().BeNull();
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_disabled_account_cannot_sign_in_until_re_enabled_and_a_new_password_replaces_the_old(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var users = new AppUsers(test.Warehouse);
        users.Create("ana", null, Roles.Committee, null, Password);

        users.Disable("ana");
        users.SignIn("ana", Password).Should().BeNull();
        users.Enable("ana");
        users.SignIn("ana", Password).Should().NotBeNull();

        users.SetPassword("ana", "nueva-clave-larga");
        users.SignIn("ana", Password).Should().BeNull();
        users.SignIn("ana", "nueva-clave-larga").Should().NotBeNull();
        users.All().Should().ContainSingle().Which.DisplayName.Should().Be("ana");
    }

    [Theory, MemberData(nameof(Engines))]
    public void Account_rules_are_explained_in_spanish(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var users = new AppUsers(test.Warehouse);
        users.Create("ana", null, Roles.Committee, null, Password);

        FluentActions.Invoking(() => users.Create("ANA", null, Roles.Admin, null, Password)).Should().Throw<AccountException>().WithMessage("Ya existe el usuario «ana».");
        FluentActions.Invoking(() => users.Create("luis", null, "jefe", null, Password)).Should().Throw<AccountException>().WithMessage("El rol «jefe» no existe*");
        FluentActions.Invoking(() => users.Create("luis", null, Roles.Secretariat, null, Password)).Should().Throw<AccountException>().WithMessage("*necesita su dependencia*");
        FluentActions.Invoking(() => users.Create("luis", null, Roles.Committee, "Secretaría de Hacienda", Password)).Should().Throw<AccountException>().WithMessage("Solo el rol «secretaria» lleva dependencia*");
        FluentActions.Invoking(() => users.Create("luis pérez", null, Roles.Committee, null, Password)).Should().Throw<AccountException>().WithMessage("El usuario «luis pérez» no es válido*");
        FluentActions.Invoking(() => users.Disable("nadie")).Should().Throw<AccountException>().WithMessage("No existe el usuario «nadie».");
    }
}
