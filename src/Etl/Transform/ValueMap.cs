using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Transform;

/// <summary>
/// A profile's table of source values to canonical ones, matched with accents, case and spacing folded:
/// "Solicitud de Información" and "SOLICITUD DE INFORMACION" are the same source value.
/// </summary>
public sealed class ValueMap
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);

    public ValueMap(IReadOnlyDictionary<string, string>? entries)
    {
        foreach (var (source, canonical) in entries ?? new Dictionary<string, string>())
            _byKey[TextKey.Fold(source)] = canonical;
    }

    public bool IsEmpty => _byKey.Count == 0;

    public IEnumerable<string> Targets => _byKey.Values;

    public string? Find(string sourceValue) => FindFolded(TextKey.Fold(sourceValue));

    /// <summary>Looks up a value already folded with <see cref="TextKey.Fold"/>.</summary>
    public string? FindFolded(string foldedValue) => _byKey.GetValueOrDefault(foldedValue);
}
