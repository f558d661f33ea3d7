using IndicadoresServicio.Etl.Inbox;
using IndicadoresServicio.Etl.Load;

namespace IndicadoresServicio.Dashboard.Settings;

/// <summary>
/// The installation's settings, section "Indicadores": from the shipped appsettings.json, then the
/// installation's own config/appsettings.json, then environment variables (INDICADORES__Puerto=8080,
/// INDICADORES__Fuentes__0__Perfil=...), each overriding the one before.
/// </summary>
public sealed class IndicadoresSettings
{
    public const string Section = "Indicadores";

    public string Entidad { get; set; } = "";

    /// <summary>The entity's logo for the PDF reports: a PNG, JPEG or SVG path, relative to the installation.</summary>
    public string? Logo { get; set; }

    public int Puerto { get; set; } = 5080;

    /// <summary>Secret for the petitioner hash (profiles with "hash_peticionario"); at least 16 characters.</summary>
    public string? SalPeticionario { get; set; }

    public List<ConfiguredSource> Fuentes { get; set; } = [];

    /// <summary>Percentage of a file's rows in quarantine past which its load ends «con advertencias».</summary>
    public double UmbralCuarentena { get; set; } = QuarantineWarning.DefaultShare * 100;

    /// <summary>The nightly backup (docs/operacion.md).</summary>
    public Operations.Backup.BackupSettings Respaldo { get; set; } = new();

    /// <summary>The JSON-lines log beside the console one (docs/operacion.md).</summary>
    public Hosting.Logging.LogSettings Registros { get; set; } = new();

    /// <summary>Who may read /metrics besides an administrator and the command line (docs/operacion.md).</summary>
    public Hosting.Metrics.MetricsSettings Metricas { get; set; } = new();

    /// <summary>The audit trail (section «Auditoria»).</summary>
    public AuditSettings Auditoria { get; set; } = new();

    public sealed class AuditSettings
    {
        /// <summary>Days an audit entry is kept; older ones are deleted when the server starts and once a day.</summary>
        public int RetencionDias { get; set; } = 730;
    }

    /// <summary>How scheduler processes sharing a PostgreSQL warehouse share the schedule (docs/operacion.md).</summary>
    public ProgramadorSettings Programador { get; set; } = new();
}

/// <summary>
/// <c>Indicadores:Programador</c>: how scheduler processes sharing a PostgreSQL warehouse watch each other. A node
/// silent for <see cref="LatidoSegundos"/> + <see cref="ToleranciaSegundos"/> is taken for dead and its running
/// loads are taken over; raise the tolerance past the longest pause the machine can have (a backup, a VM move).
/// </summary>
public sealed class ProgramadorSettings
{
    /// <summary>
    /// With PostgreSQL, keep the schedule in the database and share it with every other process (the default); false
    /// keeps it in memory, for one process only (`trabajador` and `servir --sin-tareas` then refuse to start).
    /// </summary>
    public bool Compartido { get; set; } = true;

    public double LatidoSegundos { get; set; } = 10;

    public double ToleranciaSegundos { get; set; } = 20;
}
