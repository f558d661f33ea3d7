using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Tests.Entities;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Security;

/// <summary>
/// One real server per engine, on Kestrel over a loopback port, over <see cref="TwoTowns"/> (two municipalities that
/// both have a «Secretaría de Hacienda»), with one account of each kind a matrix of access needs.
/// </summary>
public sealed class TwoTownsServers : IAsyncLifetime
{
    private readonly Dictionary<WarehouseEngine, DashboardApp> _apps = [];

    /// <summary>Who asks: the account's name, or null for an anonymous visitor or the command line's token.</summary>
    public sealed record Viewer(string Label, string? UserName, bool WithServerToken = false)
    {
        public override string ToString() => Label;
    }

    public static readonly Viewer Anonymous = new("anónimo", null);
    public static readonly Viewer Committee = new("comité", "comite");
    public static readonly Viewer MayorsOffice = new("despacho", "despacho");
    public static readonly Viewer HaciendaArriba = new("secretaría de Arriba", "hacienda-arriba");
    public static readonly Viewer HaciendaAbajo = new("secretaría de Abajo (mismo nombre)", "hacienda-abajo");
    public static readonly Viewer Admin = new("administración", "admin");
    public static readonly Viewer ArribaCommittee = new("comité confinado a Arriba", "comite-arriba");
    public static readonly Viewer CommandLine = new("línea de órdenes (token)", null, WithServerToken: true);

    /// <summary>In the order of the expected statuses of every row of the matrix.</summary>
    public static readonly Viewer[] Viewers = [Anonymous, Committee, MayorsOffice, HaciendaArriba, HaciendaAbajo, Admin, ArribaCommittee, CommandLine];

    internal DashboardApp Of(WarehouseEngine engine) => _apps[engine];

    /// <summary>A client as <paramref name="viewer"/>: signed in through the real form, or carrying the server's token.</summary>
    internal async Task<HttpClient> ClientAs(WarehouseEngine engine, Viewer viewer)
    {
        var app = Of(engine);
        if (viewer.UserName is { } user)
            return await app.SignedIn(user);
        var client = app.Anonymous();
        if (viewer.WithServerToken)
            client.DefaultRequestHeaders.Add(ServerToken.Header, ServerToken.Read(new Installation(app.Root).DataDirectory));
        return client;
    }

    public async Task InitializeAsync()
    {
        foreach (var engine in new[] { WarehouseEngine.DuckDb, WarehouseEngine.Postgres })
        {
            var app = await DashboardApp.Start(engine, withPetitions: false, overHttp: true);
            TwoTowns.LoadInto(app.Warehouse, Path.Combine(app.Root, "exportes"));
            app.Users.Create("comite", null, Roles.Committee, null, DashboardApp.Password);
            app.Users.Create("despacho", null, Roles.MayorsOffice, null, DashboardApp.Password);
            app.Users.Create("hacienda-arriba", null, Roles.Secretariat, TwoTowns.Hacienda, DashboardApp.Password, TwoTowns.Arriba);
            app.Users.Create("hacienda-abajo", null, Roles.Secretariat, TwoTowns.Hacienda, DashboardApp.Password, TwoTowns.Abajo);
            app.Users.Create("admin", null, Roles.Admin, null, DashboardApp.Password);
            app.Users.Create("comite-arriba", null, Roles.Committee, null, DashboardApp.Password, TwoTowns.Arriba);
            _apps[engine] = app;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
            await app.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TwoTownsServersCollection : ICollectionFixture<TwoTownsServers>
{
    public const string Name = "Dos municipios servidos por HTTP";
}
