using System.Net;
using IndicadoresServicio.Dashboard.Tests.Entities;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using static IndicadoresServicio.Dashboard.Tests.Security.TwoTownsServers;

namespace IndicadoresServicio.Dashboard.Tests.Security;

/// <summary>
/// Who gets what from every endpoint the app maps, asked over real HTTP. The endpoints are read from the app's own
/// endpoint data source (each Razor page's handlers included), so a new page or download without a row here fails
/// the first test. The statuses are the access rules of README «Usuarios y roles» written out by hand: 302 to the
/// sign-in page for a visitor, 401 for a program, 403 for a signed-in person the rule refuses.
/// </summary>
[Collection(TwoTownsServersCollection.Name)]
public sealed class AuthorizationMatrixTests(TwoTownsServers servers)
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private const string Period = "desde=2024-01-01&hasta=2024-06-30&corte=2024-06-30";

    // The other town's same-named dependency, asked explicitly.
    private static readonly string AbajoHacienda =
        $"&entidad={Uri.EscapeDataString(TwoTowns.Abajo)}&dependencia={Uri.EscapeDataString(TwoTowns.Hacienda)}";

    /// <summary>One request and the status each viewer must get, in the order of <see cref="Viewers"/>.</summary>
    private sealed record Probe(string Endpoint, HttpMethod Method, string Url, int[] Expected, Dictionary<string, string>? Form = null)
    {
        public override string ToString() => $"{Method} {Url}";
    }

    // Columns:                  anónimo comité despacho sec.Arriba sec.Abajo admin comité-Arriba token
    private const string Everyone = "200 200 200 200 200 200 200 200";
    private const string SignedIn = "302 200 200 200 200 200 200 302";
    private const string WholeTown = "302 200 200 403 403 200 403 302";     // every dependency, of one entity or all; not a secretaría
    private const string OtherTownsHacienda = "302 200 200 403 200 200 403 302";
    private const string AdminOnly = "302 403 403 403 403 200 403 302";
    // PAAC, plan and forecast are not measured per entity yet: whoever is confined to one town of two gets 403 there.
    private const string NotPerEntityYet = "302 200 200 403 403 200 403 302";
    private const string NothingLoadedNotPerEntityYet = "302 404 404 403 403 404 403 302";
    private const string NoDraftWholeTown = "302 404 404 403 403 404 403 302";
    private const string EditsConclusions = "302 200 403 403 403 200 403 302";

    private static Probe Get(string endpoint, string url, string statuses) => new(endpoint, HttpMethod.Get, url, Statuses(statuses));

    private static Probe Post(string endpoint, string url, string statuses, params (string Key, string Value)[] form) =>
        new(endpoint, HttpMethod.Post, url, Statuses(statuses), form.ToDictionary(f => f.Key, f => f.Value));

    private static int[] Statuses(string statuses) => statuses.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

    private static readonly Probe[] Matrix =
    [
        Get("GET /", $"/?{Period}", SignedIn),
        Get("GET /?handler=descargar", $"/?handler=descargar&tabla=indicadores&formato=csv&{Period}", SignedIn),
        Get("GET /peticiones", $"/peticiones?{Period}", SignedIn),
        Get("GET /peticiones/descargar", $"/peticiones/descargar?tabla=dependencias&formato=csv&{Period}", SignedIn),
        Get("GET /peticiones/detalle", $"/peticiones/detalle?{Period}", SignedIn),
        Get("GET /peticiones/detalle", $"/peticiones/detalle?{Period}{AbajoHacienda}", OtherTownsHacienda),
        Get("GET /peticiones/detalle/descargar", $"/peticiones/detalle/descargar?formato=csv&{Period}", SignedIn),
        Get("GET /peticiones/detalle/descargar", $"/peticiones/detalle/descargar?formato=csv&{Period}{AbajoHacienda}", OtherTownsHacienda),
        Get("GET /por-vencer", $"/por-vencer?{Period}", SignedIn),
        Get("GET /por-vencer/descargar", $"/por-vencer/descargar?tabla=alertas&formato=csv&{Period}", SignedIn),
        Get("GET /calidad", $"/calidad?{Period}", SignedIn),
        Get("GET /calidad/descargar", $"/calidad/descargar?tabla=cargas&formato=csv&{Period}", SignedIn),
        Get("GET /comparacion", $"/comparacion?{Period}", SignedIn),
        Get("GET /comparacion/descargar", $"/comparacion/descargar?indicador=PQ-OPO&tabla=escalafon&formato=csv&{Period}", SignedIn),
        Get("GET /satisfaccion", $"/satisfaccion?{Period}", SignedIn),
        Get("GET /satisfaccion/descargar", $"/satisfaccion/descargar?tabla=respuestas&formato=csv&{Period}", SignedIn),
        Get("GET /municipios", $"/municipios?{Period}", SignedIn),
        Get("GET /municipios/descargar", $"/municipios/descargar?tabla=municipios&formato=csv&{Period}", SignedIn),
        Get("GET /paac", "/paac", NotPerEntityYet),
        Get("GET /paac/descargar", "/paac/descargar?tabla=componentes&formato=csv", NothingLoadedNotPerEntityYet),
        Get("GET /plan", "/plan", NotPerEntityYet),
        Get("GET /pronostico", "/pronostico", NotPerEntityYet),
        Get("GET /informes", "/informes", WholeTown),
        Get("GET /informes?handler=descargar", "/informes?handler=descargar&vigencia=2023&formato=pdf", NoDraftWholeTown),
        Post("POST /informes?handler=conclusiones", "/informes?handler=conclusiones", EditsConclusions, ("vigencia", "1999"), ("conclusiones", "")),
        Post("POST /informes?handler=borrador", "/informes?handler=borrador", EditsConclusions, ("vigencia", "2024")),
        Get("GET /informes/pdf", $"/informes/pdf?{Period}", SignedIn),
        Get("GET /informes/pdf", $"/informes/pdf?{Period}{AbajoHacienda}", OtherTownsHacienda),
        Get("GET /admin", "/admin", AdminOnly),
        Get("GET /admin/descargar", "/admin/descargar?formato=csv", AdminOnly),
        Post("POST /admin/crear", "/admin/crear", AdminOnly),
        Post("POST /admin/desactivar", "/admin/desactivar", AdminOnly, ("usuario", "nadie")),
        Post("POST /admin/reactivar", "/admin/reactivar", AdminOnly, ("usuario", "nadie")),
        Post("POST /admin/clave", "/admin/clave", AdminOnly, ("usuario", "nadie")),
        Post("POST /admin/ejecutar", "/admin/ejecutar", AdminOnly, ("fuente", "ninguna")),
        Get("GET /auditoria", "/auditoria", AdminOnly),
        Get("GET /ingresar", "/ingresar", "200 302 302 302 302 302 302 200"),
        Post("POST /ingresar", "/ingresar", Everyone, ("usuario", ""), ("clave", "")),
        Get("GET /salir", "/salir", SignedIn),
        Get("GET /error/{codigo:int}", "/error/404", Everyone),
        Post("POST /error/{codigo:int}", "/error/404", Everyone),
        Get("GET /api/salud", "/api/salud", Everyone),
        Get("GET /api/trabajos", "/api/trabajos", "401 200 200 200 200 200 200 200"),
        Post("POST /api/consultar", "/api/consultar", "401 403 403 403 403 403 403 200", ("sql", "select 1")),
        // A read-only command run beside `servir` (BesideServer): the token only; asked to load, it refuses with 400.
        Post("POST /api/comando", "/api/comando", "401 403 403 403 403 403 403 400", ("args", "[\"etl\"]")),
        // Operations (docs/operacion.md): the server's copy of the warehouse for `respaldo`, and the Prometheus metrics.
        Post("POST /api/respaldo", "/api/respaldo", "401 403 403 403 403 403 403 200"),
        Get("GET /metrics", "/metrics", "401 403 403 403 403 200 403 200"),
        Get("GET /js/plotly.min.js", "/js/plotly.min.js", Everyone),
        Get("GET /js/tablero.js", "/js/tablero.js", Everyone),
        Get("GET /css/tablero.css", "/css/tablero.css", Everyone),
        Get("GET /icono.svg", "/icono.svg", Everyone),
        new("HEAD /js/plotly.min.js", HttpMethod.Head, "/js/plotly.min.js", Statuses(Everyone)),
        new("HEAD /js/tablero.js", HttpMethod.Head, "/js/tablero.js", Statuses(Everyone)),
        new("HEAD /css/tablero.css", HttpMethod.Head, "/css/tablero.css", Statuses(Everyone)),
        new("HEAD /icono.svg", HttpMethod.Head, "/icono.svg", Statuses(Everyone)),
        // Last: signing out rotates the account's session, so every other client of it is signed out too.
        Post("POST /salir", "/salir", "302 302 302 302 302 302 302 302"),
    ];

    /// <summary>
    /// Every endpoint as «METHOD /path»: a Razor page once per handler (a named handler in the path when the page's
    /// route takes one, else as <c>?handler=</c>), any other endpoint once per HTTP method it maps.
    /// </summary>
    private static async Task<IReadOnlyList<string>> Endpoints(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var found = new List<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                    found.Add($"{handler.HttpMethod.ToUpperInvariant()} {PagePath(template, handler.Name?.ToLowerInvariant())}");
            }
            else
                found.AddRange((endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["(cualquier método)"]).Select(m => $"{m} {template}"));
        }
        return found.Distinct().Order().ToList();
    }

    private static string PagePath(string template, string? handler) => template.Contains("/{handler?}")
        ? template.Replace("/{handler?}", handler is null ? "" : "/" + handler)
        : handler is null ? template : template + "?handler=" + handler;

    [Fact]
    public async Task Every_endpoint_the_app_maps_has_an_expected_status_for_every_kind_of_user_and_no_row_names_a_missing_one()
    {
        var endpoints = await Endpoints(servers.Of(WarehouseEngine.DuckDb).Services);
        var rows = Matrix.Select(p => p.Endpoint).Distinct().ToList();

        endpoints.Except(rows).Should().BeEmpty("every endpoint needs its row in the matrix (a new page, download or API included)");
        rows.Except(endpoints).Should().BeEmpty("every row names an endpoint the app maps");
        Matrix.Should().OnlyContain(p => p.Expected.Length == Viewers.Length, "a status for each kind of user");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Each_kind_of_user_gets_the_expected_status_from_every_endpoint_over_http(WarehouseEngine engine)
    {
        var wrong = new List<string>();
        for (var v = 0; v < Viewers.Length; v++)
        {
            var viewer = Viewers[v];
            using var client = await servers.ClientAs(engine, viewer);
            var token = await FormToken(client, viewer);
            foreach (var probe in Matrix)
            {
                using var request = new HttpRequestMessage(probe.Method, probe.Url);
                if (probe.Form is { } form)
                {
                    // The form's own token, as the browser sends it: what is refused is the person, not a forged form.
                    var fields = new Dictionary<string, string>(form);
                    if (token is not null)
                        fields["__formulario"] = token;
                    request.Content = probe.Endpoint switch
                    {
                        "POST /api/consultar" => new StringContent(form["sql"]),
                        "POST /api/comando" => new StringContent(form["args"], System.Text.Encoding.UTF8, "application/json"),
                        _ => new FormUrlEncodedContent(fields),
                    };
                }
                using var response = await client.SendAsync(request);
                if ((int)response.StatusCode != probe.Expected[v])
                    wrong.Add($"{viewer}: {probe} → {(int)response.StatusCode}, se esperaba {probe.Expected[v]}");
            }
        }

        wrong.Should().BeEmpty("every one of these differs from the rule:\n" + string.Join("\n", wrong));
    }

    /// <summary>The anti-forgery token a page offers this viewer (the sign-in form, or the sign-out form of the layout).</summary>
    private static async Task<string?> FormToken(HttpClient client, Viewer viewer) =>
        viewer.UserName is null
            ? await DashboardApp.FormToken(client, "/ingresar")
            : await DashboardApp.FormToken(client, "/");
}
