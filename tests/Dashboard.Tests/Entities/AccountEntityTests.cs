using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Entities;

public sealed class AccountEntityTests
{
    private const string Password = "clave-de-prueba-1";

    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public void A_secretaria_created_without_an_entity_belongs_to_the_only_one_loaded(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var folder = Directory.CreateTempSubdirectory("indicadores-entidad-").FullName;
        TwoTowns.LoadArribaInto(test.Warehouse, folder);
        var users = new AppUsers(test.Warehouse);

        users.Create("hacienda", null, Roles.Secretariat, TwoTowns.Hacienda, Password);
        users.Create("comite", null, Roles.Committee, null, Password);

        users.Find("hacienda")!.EntityName.Should().Be(TwoTowns.Arriba);
        users.Find("comite")!.EntityName.Should().BeNull("the Comité without --entidad sees every entity");
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public void With_two_entities_a_secretaria_must_name_its_own_and_the_administrator_may_not_be_confined(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var folder = Directory.CreateTempSubdirectory("indicadores-entidad-").FullName;
        TwoTowns.LoadInto(test.Warehouse, folder);
        var users = new AppUsers(test.Warehouse);

        FluentActions.Invoking(() => users.Create("hacienda", null, Roles.Secretariat, TwoTowns.Hacienda, Password))
            .Should().Throw<AccountException>().WithMessage("La bodega tiene 2 entidades (Alcaldía de Abajo, Alcaldía de Arriba): indique la entidad*--entidad*");
        FluentActions.Invoking(() => users.Create("admin", null, Roles.Admin, null, Password, TwoTowns.Abajo))
            .Should().Throw<AccountException>().WithMessage("El rol «admin» administra todas las entidades*");
        users.Create("hacienda", null, Roles.Secretariat, TwoTowns.Hacienda, Password, "alcaldía de abajo").EntityName
            .Should().Be(TwoTowns.Abajo, "the warehouse's spelling is kept");
        users.SetEntity("hacienda", TwoTowns.Arriba).Should().Be(TwoTowns.Arriba);
        users.Find("hacienda")!.EntityName.Should().Be(TwoTowns.Arriba);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Usuarios_crear_takes_the_entity_and_refuses_a_secretaria_without_one_in_spanish()
    {
        var root = Directory.CreateTempSubdirectory("indicadores-usuarios-").FullName;
        using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);
        TwoTowns.LoadInto(test.Warehouse, Path.Combine(root, "exportes"));
        string[] database = ["--bd", test.Warehouse.Description];

        var created = await CliRun.Of(root, null, ["usuarios", "crear", "--usuario", "hacienda.x", "--rol", "secretaria", "--entidad", TwoTowns.Arriba,
            "--dependencia", TwoTowns.Hacienda, "--clave", Password, .. database]);
        var refused = await CliRun.Of(root, null, ["usuarios", "crear", "--usuario", "hacienda.y", "--rol", "secretaria",
            "--dependencia", TwoTowns.Hacienda, "--clave", Password, .. database]);
        var listed = await CliRun.Of(root, null, ["usuarios", "listar", .. database]);

        created.ExitCode.Should().Be(0, created.Error);
        created.Error.Should().Contain($"Se creó el usuario «hacienda.x» con rol secretaria ({TwoTowns.Hacienda}) de la entidad «{TwoTowns.Arriba}».");
        refused.ExitCode.Should().NotBe(0);
        refused.Error.Should().Contain("indique la entidad de la secretaría con --entidad");
        listed.Out.Should().Contain(TwoTowns.Arriba);
        Directory.Delete(root, recursive: true);
    }
}
