namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// A second readable value a slice's rows carry beside their label: a goal is labelled by its id ("3204001") and
/// detailed by its text. <see cref="Label"/> is an expression over <c>{key}</c> and <c>{label}</c> like
/// <see cref="SliceDefinition.Label"/>; <see cref="Name"/> is its output key (meta_nombre).
/// </summary>
public sealed record SliceDetail(string Name, string Title, string Label);
