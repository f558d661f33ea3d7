using System.Net;
using System.Text.RegularExpressions;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Hosting;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>
/// The real server app (ServerHost, the same one `./indicadores servir` runs) on an in-memory test server, or on
/// Kestrel over a loopback port (<c>overHttp</c>), over a real warehouse of its own and an installation folder of its
/// own. Clients keep cookies and never follow redirects, so a test sees each 302 as it is.
/// </summary>
internal sealed partial class DashboardApp : IAsyncDisposable
{
    public const string Password = "clave-de-prueba-1";
    public static readonly DateOnly Today = new(2024, 6, 30);

    private readonly TestWarehouse _warehouse;
    private readonly WebApplication _app;

    private readonly int? _port;

    private DashboardApp(TestWarehouse warehouse, string root, WebApplication app, int? port)
    {
        _warehouse = warehouse;
        Root = root;
        _app = app;
        _port = port;
        Users = new AppUsers(warehouse.Warehouse);
    }

    public string Root { get; }

    public Warehouse Warehouse => _warehouse.Warehouse;

    public AppUsers Users { get; }

    /// <summary>The running app's services, for what a test must look at directly (the server's result cache).</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<DashboardApp> Start(WarehouseEngine engine = WarehouseEngine.DuckDb, bool withPetitions = true,
        IReadOnlyList<ScheduledSource>? sources = null, Action<Warehouse>? beforeStart = null, bool overHttp = false)
    {
        int? port = overHttp ? Hosting.ServerProcess.FreePort() : null;
        var warehouse = TestWarehouse.Create(engine);
        beforeStart?.Invoke(warehouse.Warehouse);
        var root = Directory.CreateTempSubdirectory("indicadores-tablero-").FullName;
        if (withPetitions)
            PetitionExport.LoadInto(warehouse.Warehouse, Path.Combine(root, "exportes"));
        // In-process apps keep their schedule in memory even on PostgreSQL: provisioning Quartz's tables in every test's
        // schema would cost each test seconds (ClusteredSchedulerTests covers the shared schedule).
        Directory.CreateDirectory(Path.Combine(root, "config"));
        File.WriteAllText(Path.Combine(root, "config", "appsettings.json"), """{"Indicadores": {"Programador": {"Compartido": false}}}""");
        var app = ServerHost.Build(new Installation(root), warehouse.Warehouse, port ?? 0, sources ?? [], builder =>
        {
            if (port is null)
                builder.WebHost.UseTestServer();
            builder.Services.AddSingleton<TimeProvider>(new FixedClock(Today));
            // Several test apps live in one process: Quartz keeps schedulers by name, so each needs its own.
            builder.Services.Configure<QuartzOptions>(options => options.Properties["quartz.scheduler.instanceName"] = "pruebas-" + Guid.NewGuid().ToString("N"));
        });
        await app.StartAsync();
        return new DashboardApp(warehouse, root, app, port);
    }

    public void CreateUser(string userName, string role, string? dependency = null) =>
        Users.Create(userName, null, role, dependency, Password);

    public HttpClient Anonymous() => _port is { } port
        ? new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        }
        : new(new CookieContainerHandler(new CookieContainer()) { InnerHandler = _app.GetTestServer().CreateHandler() })
        {
            BaseAddress = new Uri("http://localhost"),
        };

    /// <summary>A client signed in through the real sign-in form (anti-forgery token included).</summary>
    public async Task<HttpClient> SignedIn(string userName, string password = Password)
    {
        var client = Anonymous();
        var response = await SignIn(client, userName, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, $"{userName} signs in");
        return client;
    }

    public static async Task<HttpResponseMessage> SignIn(HttpClient client, string userName, string password, string? back = null)
    {
        var token = await FormToken(client, "/ingresar");
        var fields = new Dictionary<string, string> { ["__formulario"] = token, ["usuario"] = userName, ["clave"] = password };
        if (back is not null)
            fields["volver"] = back;
        return await client.PostAsync("/ingresar", new FormUrlEncodedContent(fields));
    }

    /// <summary>The anti-forgery token of the first form on <paramref name="path"/>, as a browser would send it back.</summary>
    public static async Task<string> FormToken(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenField().Match(html);
        match.Success.Should().BeTrue($"{path} has a form with an anti-forgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__formulario\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _warehouse.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
