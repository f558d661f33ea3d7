namespace IndicadoresServicio.Etl.Load;

/// <summary>The values of <c>etl_run.status</c> that more than the run log reads.</summary>
public static class RunStatus
{
    public const string Running = "en_curso";
    public const string Succeeded = "exitosa";
    /// <summary>Loaded, but so much went to quarantine that the file itself is suspect (<see cref="QuarantineWarning"/>).</summary>
    public const string SucceededWithWarnings = "con_advertencias";
    public const string Failed = "fallida";
    /// <summary>Was still «en curso» when the server started again: the process that ran it died (nothing of it was kept).</summary>
    public const string Interrupted = "interrumpida";
}
