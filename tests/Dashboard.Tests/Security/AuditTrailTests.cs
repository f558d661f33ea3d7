using System.Net;
using System.Text.RegularExpressions;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Dashboard.Tests.Entities;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Security;

/// <summary>
/// The audit trail (Ley 1581: who saw what), asked for what a person did over real HTTP and read back on the
/// administrator's Auditoría page; each test acts under an account of its own, so the shared servers' other tests
/// add nothing to what it counts.
/// </summary>
[Collection(TwoTownsServersCollection.Name)]
public sealed partial class AuditTrailTests(TwoTownsServers servers)
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private const string Period = "desde=2024-01-01&hasta=2024-06-30&corte=2024-06-30";

    private static int Rows(string html) => TableRow().Matches(html[html.IndexOf("<tbody>", StringComparison.Ordinal)..]).Count;

    private async Task<string> AuditPage(WarehouseEngine engine, string query)
    {
        using var admin = await servers.ClientAs(engine, TwoTownsServers.Admin);
        var response = await admin.GetAsync("/auditoria?" + query);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_secretarias_failed_and_good_sign_in_detail_download_ficha_and_sign_out_are_on_the_audit_page_without_petition_data(WarehouseEngine engine)
    {
        var app = servers.Of(engine);
        var name = $"auditada-{engine}".ToLowerInvariant();
        app.Users.Create(name, null, Roles.Secretariat, TwoTowns.Hacienda, DashboardApp.Password, TwoTowns.Arriba);

        using (var stranger = app.Anonymous())
            (await DashboardApp.SignIn(stranger, name, "no-es-la-clave-1")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var client = await app.SignedIn(name);
        (await client.GetAsync($"/peticiones/detalle/descargar?formato=csv&{Period}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync($"/informes/pdf?{Period}")).StatusCode.Should().Be(HttpStatusCode.OK);
        var token = await DashboardApp.FormToken(client, "/");
        (await client.PostAsync("/salir", new FormUrlEncodedContent(new Dictionary<string, string> { ["__formulario"] = token })))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await AuditPage(engine, "usuario=" + name);

        // Five things done, newest first: sign-out, ficha, download, sign-in, the failed attempt.
        Rows(page).Should().Be(5);
        page.Should().Contain("5 registros");
        var actions = ActionCell().Matches(page).Select(m => m.Groups[1].Value).ToList();
        actions.Should().Equal("Salida", "Informe impreso (PDF)", "Descarga de datos", "Ingreso", "Ingreso fallido");
        page.Should().Contain("/peticiones/detalle/descargar · dependencia: Secretaría de Hacienda · entidad: Alcaldía de Arriba")
            .And.Contain("/informes/pdf · dependencia: Secretaría de Hacienda");
        page.Should().NotContain("ARR-H-1").And.NotContain("no-es-la-clave-1");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_failed_sign_in_under_a_name_that_is_no_account_keeps_no_name_in_case_it_was_a_password(WarehouseEngine engine)
    {
        var typed = $"MiClaveSecreta-{engine}-77";
        using (var stranger = servers.Of(engine).Anonymous())
            (await DashboardApp.SignIn(stranger, typed, "cualquier-cosa-1")).StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await AuditPage(engine, "accion=ingreso_fallido");

        page.Should().Contain("(usuario desconocido)").And.NotContain(typed);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task An_account_created_on_the_administration_page_is_on_the_trail_under_the_administrator(WarehouseEngine engine)
    {
        var created = $"creada-{engine}".ToLowerInvariant();
        using var admin = await servers.ClientAs(engine, TwoTownsServers.Admin);
        var token = await DashboardApp.FormToken(admin, "/admin");
        var response = await admin.PostAsync("/admin/crear", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__formulario"] = token, ["usuario"] = created, ["rol"] = Roles.MayorsOffice, ["clave"] = "una-clave-de-prueba-9",
        }));
        response.StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await AuditPage(engine, "usuario=admin&accion=cuenta");

        page.Should().Contain($"crear «{created}» con rol despacho").And.NotContain("una-clave-de-prueba-9");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task The_page_shows_fifty_entries_at_a_time_and_filters_by_action_and_by_colombian_days(WarehouseEngine engine)
    {
        var app = servers.Of(engine);
        var name = $"paginada-{engine}".ToLowerInvariant();
        // 60 at 10:00 of January 10 in Colombia; 5 at 04:00 UTC of January 11, still 23:00 of the 10th in Colombia;
        // 3 loads at 06:00 UTC of the 11th, 01:00 of the 11th in Colombia.
        for (var i = 0; i < 60; i++)
            AuditTrail.Record(app.Warehouse, name, AuditTrail.Actions.Download, $"descarga {i}", occurredAtUtc: new DateTime(2024, 1, 10, 15, 0, i));
        for (var i = 0; i < 5; i++)
            AuditTrail.Record(app.Warehouse, name, AuditTrail.Actions.Report, $"informe {i}", occurredAtUtc: new DateTime(2024, 1, 11, 4, 0, i));
        for (var i = 0; i < 3; i++)
            AuditTrail.Record(app.Warehouse, name, AuditTrail.Actions.Load, $"carga {i}", occurredAtUtc: new DateTime(2024, 1, 11, 6, 0, i));

        var first = await AuditPage(engine, $"usuario={name}&desde=2024-01-10&hasta=2024-01-10");
        var second = await AuditPage(engine, $"usuario={name}&desde=2024-01-10&hasta=2024-01-10&pagina=2");
        var eleventh = await AuditPage(engine, $"usuario={name}&desde=2024-01-11&hasta=2024-01-11");
        var loads = await AuditPage(engine, $"usuario={name}&accion=carga");

        first.Should().Contain("65 registros").And.Contain("Página 1 de 2").And.Contain("2024-01-10 23:00:04");
        Rows(first).Should().Be(50);
        Rows(second).Should().Be(15);
        second.Should().Contain("descarga 0").And.Contain("descarga 14").And.NotContain("descarga 15").And.NotContain("informe 0");
        Rows(eleventh).Should().Be(3);
        eleventh.Should().Contain("2024-01-11 01:00:00");
        Rows(loads).Should().Be(3);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Account_changes_and_loads_from_the_command_line_are_on_the_trail_without_the_password(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var root = Directory.CreateTempSubdirectory("indicadores-auditoria-").FullName;
        var target = engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;
        try
        {
            var profile = Path.Combine(root, "perfil.json");
            File.WriteAllText(profile, """
                {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["yyyy-MM-dd"],
                 "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo"}, "valores": {"tipo": {"PETICION": "peticion"}}}
                """);
            var export = Path.Combine(root, "marzo.csv");
            File.WriteAllText(export, "Radicado;Fecha;Tipo\nR-1;2024-03-04;PETICION\nR-2;2024-03-05;PETICION\n");

            var created = await CliRun.Of(root, null, "usuarios", "crear", "--usuario", "ana", "--rol", "comite", "--clave", "clave-de-ana-2024", "--bd", target);
            var disabled = await CliRun.Of(root, null, "usuarios", "desactivar", "--usuario", "ana", "--bd", target);
            var loaded = await CliRun.Of(root, null, "etl", "--perfil", profile, "--archivo", export, "--corte", "2024-03-31", "--bd", target);
            created.ExitCode.Should().Be(0, created.Error);
            disabled.ExitCode.Should().Be(0, disabled.Error);
            loaded.ExitCode.Should().Be(0, loaded.Error);

            var entries = AuditTrail.Read(test.Warehouse, new AuditTrail.Filter(), 1, 50).Entries;

            entries.Select(e => (e.Action, e.Detail)).Should().Equal(
                (AuditTrail.Actions.Load, "marzo.csv con el perfil perfil.json: 2 filas leídas, 0 en cuarentena"),
                (AuditTrail.Actions.Account, "desactivar «ana»"),
                (AuditTrail.Actions.Account, "crear «ana»"));
            entries.Should().OnlyContain(e => e.UserName.StartsWith("línea de órdenes ("));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory, MemberData(nameof(Engines))]
    public void Entries_past_the_retention_are_purged_and_newer_ones_kept(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var now = DateTime.UtcNow;
        foreach (var days in new[] { 800, 731, 729, 10, 0 })
            AuditTrail.Record(test.Warehouse, "alguien", AuditTrail.Actions.SignIn, $"hace {days} días", occurredAtUtc: now.AddDays(-days));

        var purged = AuditTrail.Purge(test.Warehouse, 730);

        purged.Should().Be(2);
        AuditTrail.Read(test.Warehouse, new AuditTrail.Filter(), 1, 50).Entries.Select(e => e.Detail)
            .Should().Equal("hace 0 días", "hace 10 días", "hace 729 días");
    }

    [GeneratedRegex("<tr>")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"<td>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d</td>\s*<td>[^<]*</td>\s*<td>([^<]*)</td>")]
    private static partial Regex ActionCell();
}
