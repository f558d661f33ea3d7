using IndicadoresServicio.Warehousing.Operations.Backup;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Web;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Operations.Backup;

/// <summary>
/// <c>POST /api/respaldo</c>: while the server holds the DuckDB file, `./indicadores respaldo` asks it for the copy
/// (of a PostgreSQL warehouse it answers a pg_dump the same way).
/// The copy is written inside the data folder (the only one a hardened service may write) and the command line
/// moves it to where the operator asked. The installation's token only: a web session never gets a file path.
/// </summary>
public static class BackupApi
{
    public const string Path = "/api/respaldo";

    public static void MapBackupApi(this WebApplication app, Installation installation, Warehouse warehouse) =>
        app.MapPost(Path, (HttpContext http) =>
        {
            if (http.User.Identity?.AuthenticationType != ServerTokenAuthentication.SchemeName)
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            var folder = System.IO.Path.Combine(installation.DataDirectory, "respaldos", ".servidor-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            if (warehouse.Engine == WarehouseEngine.DuckDb)
            {
                var target = System.IO.Path.Combine(folder, WarehouseBackup.DuckDbFile);
                DuckDbSnapshot.CopyTo(warehouse, target);
                return Results.Json(new { archivo = target });
            }
            // The command line dumps PostgreSQL itself; the server can too (the nightly job does), and answers alike.
            var dump = System.IO.Path.Combine(folder, WarehouseBackup.PostgresFile);
            PostgresDump.Write(warehouse, dump);
            return Results.Json(new { archivo = dump });
        }).RequireAuthorization(DashboardWeb.LocalApiPolicy).DisableAntiforgery();
}
