namespace IndicadoresServicio.Generator.Answers;

/// <summary>What became of a petition by the cut-off.</summary>
internal readonly record struct Answer(DateOnly? AnsweredOn, int? ExtensionDays, bool Transferred);
