using IndicadoresServicio.Etl.Load;

namespace IndicadoresServicio.Etl.Inbox;

/// <summary>What happened to one dropped file: loaded (with its summary), skipped as already loaded, or rejected.</summary>
public sealed record InboxOutcome(string Source, string FileName, LoadSummary? Summary, bool AlreadyLoaded, string? Error);
