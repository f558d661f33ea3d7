using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Etl.Scheduling;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Quartz;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Administración (role admin only): the accounts (create, disable, re-enable, a new password) and the scheduled
/// loads with an "Ejecutar ahora" button each. Needed while the server runs, because it then holds the DuckDB file
/// and `./indicadores usuarios` cannot write to it.
/// </summary>
public sealed class AdministracionModel(AppUsers users, Warehouse warehouse, EtlEnvironment environment,
    IReadOnlyList<ScheduledSource> sources, ISchedulerFactory schedulers, ColombianClock clock) : PageModel
{
    public IReadOnlyList<AppUser> Users { get; private set; } = [];

    public IReadOnlyList<JobStatus> Jobs { get; private set; } = [];

    public IReadOnlyList<string> KnownDependencies { get; private set; } = [];

    public IReadOnlyList<string> KnownEntities { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    /// <summary>A password just generated, shown on this response only and never stored in clear.</summary>
    public (string UserName, string Password)? Generated { get; private set; }

    public DashboardUser CurrentUser => DashboardUser.From(User)!;

    public void OnGet() => Load();

    public IActionResult OnPostCrear(string? usuario, string? nombre, string? rol, string? dependencia, string? clave, string? entidad)
    {
        Attempt(() =>
        {
            var password = string.IsNullOrEmpty(clave) ? Passwords.Generate() : clave;
            var created = users.Create(usuario ?? "", nombre, rol ?? "", dependencia, password, entidad);
            Audit($"crear «{created.UserName}» con rol {created.Role}" + (created.DependencyName is null ? "" : $" ({created.DependencyName})")
                  + (created.EntityName is null ? "" : $" de «{created.EntityName}»"));
            Message = $"Se creó el usuario «{created.UserName}».";
            if (string.IsNullOrEmpty(clave))
                Generated = (created.UserName, password);
        });
        return Page();
    }

    public IActionResult OnPostDesactivar(string usuario)
    {
        Attempt(() =>
        {
            if (UserNames.Normalize(usuario) == CurrentUser.UserName)
                throw new AccountException("No puede desactivar su propia cuenta: otro administrador debe hacerlo.");
            users.Disable(usuario);
            Audit($"desactivar «{UserNames.Normalize(usuario)}»");
            Message = $"Se desactivó «{usuario}»: ya no puede ingresar y sus sesiones abiertas se cerraron.";
        });
        return Page();
    }

    public IActionResult OnPostReactivar(string usuario)
    {
        Attempt(() =>
        {
            users.Enable(usuario);
            Audit($"reactivar «{UserNames.Normalize(usuario)}»");
            Message = $"Se reactivó «{usuario}».";
        });
        return Page();
    }

    public IActionResult OnPostClave(string usuario)
    {
        Attempt(() =>
        {
            var password = Passwords.Generate();
            users.SetPassword(usuario, password);
            Audit($"clave nueva para «{UserNames.Normalize(usuario)}»");
            Generated = (UserNames.Normalize(usuario), password);
            Message = $"Se cambió la clave de «{usuario}»; sus sesiones abiertas se cerraron.";
        });
        return Page();
    }

    public async Task<IActionResult> OnPostEjecutarAsync(string fuente)
    {
        var source = sources.FirstOrDefault(s => s.Name == fuente);
        if (source is null)
            Error = $"La fuente «{fuente}» no está configurada.";
        else
        {
            var scheduler = await schedulers.GetScheduler(HttpContext.RequestAborted);
            await scheduler.TriggerJob(source.JobKey, HttpContext.RequestAborted);
            AuditTrail.Record(warehouse, CurrentUser.UserName, AuditTrail.Actions.Load, $"ejecutar ahora la fuente «{source.Name}»",
                HttpContext.Connection.RemoteIpAddress?.ToString());
            Message = $"Se pidió ejecutar ahora la carga de «{source.Name}». El resultado aparecerá en Calidad de datos.";
        }
        Load();
        return Page();
    }

    public IActionResult OnGetDescargar([FromQuery(Name = "formato")] string? formato)
    {
        var table = new ReportTable("Usuarios", ["Usuario", "Nombre", "Rol", "Entidad", "Dependencia", "Creado", "Estado"],
            users.All().Select(u => (IReadOnlyList<object?>)
                [u.UserName, u.DisplayName, Roles.SpanishName(u.Role), u.EntityName ?? "Todas", u.DependencyName, DateOnly.FromDateTime(u.CreatedAt), u.Disabled ? "Desactivado" : "Activo"])
            .ToList());
        return TableDownload.File(table, formato ?? "", clock.Today) is var (content, type, name) ? File(content, type, name) : NotFound();
    }

    private void Audit(string detail) =>
        AuditTrail.Record(warehouse, CurrentUser.UserName, AuditTrail.Actions.Account, detail, HttpContext.Connection.RemoteIpAddress?.ToString());

    private void Attempt(Action action)
    {
        try
        {
            action();
        }
        catch (AccountException e)
        {
            Error = e.Message;
        }
        Load();
    }

    private void Load()
    {
        Users = users.All();
        Jobs = JobStatus.Read(warehouse, environment.Folders, sources, DateTimeOffset.Now);
        var choices = Web.Filters.FilterChoices.Load(warehouse);
        KnownDependencies = choices.Dependencies.Select(c => c.Value).ToList();
        KnownEntities = choices.Entities.Select(c => c.Value).ToList();
    }
}
