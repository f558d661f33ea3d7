using IndicadoresServicio.Warehousing.Committee;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IndicadoresServicio.Dashboard.Web.Pages;

/// <summary>
/// Informes: the Mesa Técnica's annual report by vigencia: the drafts the scheduler wrote (Word to edit, PDF), the
/// Mesa's conclusions and recommendations, which the Comité and the administrator edit here and the report prints in
/// its last section, and «Escribir el borrador de nuevo» once they change. The report shows every dependency, so
/// only the roles that see every dependency (of every entity in the warehouse) open the page.
/// </summary>
public sealed class InformesModel(Warehouse warehouse, Installation installation, ColombianClock clock, PdfQueue queue) : PageModel
{
    public sealed record Vigencia(int Year, AnnualDrafts.Draft? Draft, AnnualConclusions.Stored? Conclusions, bool Ended);

    public IReadOnlyList<Vigencia> Vigencias { get; private set; } = [];

    public DateOnly NextDraftOn { get; private set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public bool CanEdit { get; private set; }

    public IActionResult OnGet(int? vigencia) => Show(vigencia);

    public IActionResult OnPostConclusiones(int vigencia, string? conclusiones)
    {
        if (Refused(edit: true) is { } refused)
            return refused;
        try
        {
            AnnualConclusions.Save(warehouse, vigencia, conclusiones, DashboardUser.From(User)!.UserName, clock.Now.DateTime);
            Message = $"Se guardaron las conclusiones de la vigencia {vigencia}. Entran en el informe la próxima vez que se escriba.";
        }
        catch (ArgumentException e)
        {
            Error = e.Message;
        }
        return Show(vigencia);
    }

    public async Task<IActionResult> OnPostBorradorAsync(int vigencia)
    {
        if (Refused(edit: true) is { } refused)
            return refused;
        var today = clock.Today;
        // A draft takes a Chromium of its own for a few seconds: it waits its turn among the server's reports.
        var (place, refusal) = queue.Admit(DashboardUser.From(User)!.UserName);
        using var _ = place;
        if (vigencia >= today.Year)
            Error = $"La vigencia {vigencia} no ha terminado: su informe anual se escribe desde el 1 de enero de {vigencia + 1}.";
        else if (place is null)
            Error = refusal == PdfQueue.Refusal.PersonBusy ? ReportDownload.PersonBusyMessage : ReportDownload.ServerBusyMessage;
        else
        {
            try
            {
                await AnnualDrafts.Write(ReportSources.Context(installation, warehouse), installation.DataDirectory, vigencia, today);
                Message = $"Se escribió el borrador de la vigencia {vigencia} con corte al {ReportDates.Long(today)}.";
            }
            catch (Exception e) when (e is MeasurementException or ChromiumMissingException or Indicators.Catalogue.TargetsException)
            {
                Error = $"No se pudo escribir el borrador: {e.Message}";
            }
        }
        return Show(vigencia);
    }

    public IActionResult OnGetDescargar(int vigencia, string? formato)
    {
        if (Refused(edit: false) is { } refused)
            return refused;
        var extension = formato == "pdf" ? "pdf" : "docx";
        var path = Path.Combine(AnnualDrafts.Folder(installation.DataDirectory, vigencia), AnnualDrafts.FileName(vigencia, extension));
        if (!System.IO.File.Exists(path))
            return NotFound();
        Response.Headers.CacheControl = "no-store";
        return PhysicalFile(path, extension == "pdf" ? "application/pdf"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Path.GetFileName(path));
    }

    private IActionResult Show(int? asked)
    {
        if (Refused(edit: false) is { } refused)
            return refused;
        var today = clock.Today;
        var drafts = AnnualDrafts.List(installation.DataDirectory).ToDictionary(d => d.Vigencia);
        var years = drafts.Keys.Concat(AnnualConclusions.Vigencias(warehouse)).Append(today.Year - 1);
        if (asked is >= 2000 and <= 2100)
            years = years.Append(asked.Value);
        Vigencias = years.Distinct().OrderDescending()
            .Select(y => new Vigencia(y, drafts.GetValueOrDefault(y), AnnualConclusions.Read(warehouse, y), y < today.Year)).ToList();
        NextDraftOn = AnnualDrafts.WrittenOn(today.Month == 1 && today < AnnualDrafts.WrittenOn(today.Year - 1, BusinessCalendar.National) ? today.Year - 1 : today.Year,
            BusinessCalendar.National);
        return Page();
    }

    /// <summary>Forbidden to a secretaría (the report shows every dependency); editing is for the Comité and the administrator.</summary>
    private IActionResult? Refused(bool edit)
    {
        var user = DashboardUser.From(User);
        if (user is null || !Access.CanSeeDependency(user, null))
            return Forbid();
        // The drafts are the installation's, every entity of the warehouse: not for an account confined to one of several.
        if (Access.EntityScopeOf(user, Filters.FilterChoices.Load(warehouse).Entities.Select(c => c.Value).ToList()) is { Refused: true } or { Scope.Shared: true })
            return Forbid();
        CanEdit = user.Role is Roles.Committee or Roles.Admin;
        return edit && !CanEdit ? Forbid() : null;
    }
}
