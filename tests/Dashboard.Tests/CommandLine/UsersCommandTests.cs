using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

public sealed class UsersCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-usuarios-").FullName;
    private readonly TestWarehouse _test = TestWarehouse.Create(WarehouseEngine.DuckDb);

    public void Dispose()
    {
        _test.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private Task<CliRun> Run(string? input, params string[] args) => CliRun.Of(_root, input, [.. args, "--bd", _test.Warehouse.Description]);

    private AppUsers Users => new(_test.Warehouse);

    [Fact]
    public async Task Crear_with_a_piped_password_stores_its_hash_and_prints_no_password()
    {
        var run = await Run("clave-por-tuberia\n", "usuarios", "crear", "--usuario", "Ana", "--rol", "comite", "--nombre", "Ana Pérez");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().BeEmpty();
        run.Error.Should().Contain("Se creó el usuario «ana» con rol comite.");
        Users.SignIn("ana", "clave-por-tuberia").Should().NotBeNull();
    }

    [Fact]
    public async Task Crear_without_a_password_generates_one_and_prints_it_once_on_standard_output()
    {
        var run = await Run(null, "usuarios", "crear", "--usuario", "hacienda", "--rol", "secretaria", "--dependencia", "Secretaría de Hacienda");

        run.ExitCode.Should().Be(0, run.Error);
        var password = run.OutLines.Should().ContainSingle().Subject;
        Users.SignIn("hacienda", password).Should().NotBeNull();
        run.Error.Should().Contain("se muestra solo esta vez").And.Contain("todavía no aparece en los datos cargados");
    }

    [Fact]
    public async Task Crear_with_clave_uses_it()
    {
        var run = await Run(null, "usuarios", "crear", "--usuario", "admin", "--rol", "admin", "--clave", "clave-de-opcion-1");

        run.ExitCode.Should().Be(0, run.Error);
        Users.SignIn("admin", "clave-de-opcion-1").Should().NotBeNull();
    }

    [Fact]
    public async Task Listar_desactivar_and_clave_work_in_spanish()
    {
        await Run("clave-de-prueba-1", "usuarios", "crear", "--usuario", "ana", "--rol", "despacho");

        (await Run(null, "usuarios", "desactivar", "--usuario", "ana")).ExitCode.Should().Be(0);
        var list = await Run(null, "usuarios", "listar");
        list.OutLines.Should().HaveCount(2);
        list.OutLines[1].Should().StartWith("ana ").And.Contain("despacho").And.EndWith("desactivado");

        var change = await Run("otra-clave-larga", "usuarios", "clave", "--usuario", "ana");
        change.ExitCode.Should().Be(0, change.Error);
        change.Error.Should().Contain("Se cambió la clave de «ana»");
        Users.Find("ana")!.PasswordHash.Should().NotBeNullOrEmpty();
        PasswordHashing.Verify("otra-clave-larga", Users.Find("ana")!.PasswordHash).Should().BeTrue();
    }

    [Theory]
    [InlineData("El rol «jefe» no existe", "usuarios", "crear", "--usuario", "ana", "--rol", "jefe")]
    [InlineData("necesita su dependencia", "usuarios", "crear", "--usuario", "ana", "--rol", "secretaria")]
    [InlineData("Falta la opción --usuario", "usuarios", "desactivar")]
    [InlineData("No existe el usuario «nadie»", "usuarios", "clave", "--usuario", "nadie")]
    [InlineData("Acción desconocida: «borrar»", "usuarios", "borrar")]
    [InlineData("Indique qué hacer", "usuarios")]
    [InlineData("La clave debe tener al menos 10 caracteres", "usuarios", "crear", "--usuario", "ana", "--rol", "comite", "--clave", "corta")]
    public async Task Mistakes_exit_with_2_and_a_spanish_message(string message, params string[] args)
    {
        var run = await Run(null, args);

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain(message);
    }
}
