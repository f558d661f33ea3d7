using IndicadoresServicio.Core.Paac;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>
/// One activity row of a plan workbook (or of a follow-up file) as read, before any value is judged: where it is
/// (sheet and worksheet row), its component, its texts, and its follow-up cells. Blank merged-down cells already
/// carry the value above them.
/// </summary>
public sealed record PaacRow(
    string Sheet,
    long Line,
    PaacComponent? Component,
    string? Subcomponent,
    string? Number,
    string? Activity,
    string? Goal,
    string? Responsible,
    string? ScheduledText,
    IReadOnlyList<FollowUpCell> FollowUps,
    IReadOnlyDictionary<string, string?> Cells);

/// <summary>A row's progress at one cut-off: the cell's text (and whether it is formatted as a percentage) and the observations.</summary>
public sealed record FollowUpCell(DateOnly CutOff, string Column, string? ProgressText, bool PercentCell, string? Observations);

/// <summary>A workbook read through a PAAC profile: its vigencia, its activity rows and what the reader noticed.</summary>
public sealed record PaacTable(string FileName, int Vigencia, IReadOnlyList<PaacRow> Rows, int SeparatorRows, IReadOnlyList<string> Notices);
