namespace IndicadoresServicio.Dashboard.Web.Filters;

/// <summary>One more select in a page's filter form, beyond the shared ones: its query key, label, options and the value in force.</summary>
public sealed record PageChoice(string Key, string Label, IReadOnlyList<Choice> Options, string Selected);
