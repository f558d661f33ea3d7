using System.Globalization;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Surveys;

/// <summary>
/// A question's scale: a table of labels to points ("Muy satisfecho": 5 … "No sabe / No responde": null) or a
/// numeric range (1-5, 0-10). <see cref="Low"/> and <see cref="High"/> are its lowest and highest points: the top two
/// boxes are High and High - 1, and an answer rescales to 1 + 4 (p - Low) / (High - Low).
/// </summary>
public sealed class SurveyScale
{
    private readonly Dictionary<string, (string Label, int? Points)> _labels = new(StringComparer.Ordinal);

    private SurveyScale(string name, int low, int high, bool isRange)
    {
        Name = name;
        Low = low;
        High = high;
        IsRange = isRange;
    }

    public string Name { get; }

    public int Low { get; }

    public int High { get; }

    public bool IsRange { get; }

    /// <summary>The labels in order of points, highest first (null points last), as the profile spells them.</summary>
    public IReadOnlyList<(string Label, int? Points)> Labels =>
        _labels.Values.OrderByDescending(l => l.Points ?? int.MinValue).ToList();

    public static SurveyScale Range(string name, int from, int to) => new(name, from, to, true);

    public static SurveyScale Table(string name, IReadOnlyList<(string Label, int? Points)> labels)
    {
        var points = labels.Where(l => l.Points is not null).Select(l => l.Points!.Value).ToList();
        var scale = new SurveyScale(name, points.Min(), points.Max(), false);
        foreach (var label in labels)
            scale._labels[TextKey.Fold(label.Label)] = label;
        return scale;
    }

    /// <summary>
    /// Reads one answer. Known: the points (null for a label worth nothing, such as "No sabe / No responde") and the
    /// label to show. Unknown: a label the table lacks, or a number outside the range; the row goes to quarantine.
    /// </summary>
    public bool TryRead(string text, out int? points, out string label)
    {
        if (!IsRange)
        {
            if (_labels.TryGetValue(TextKey.Fold(text), out var found))
            {
                (label, points) = found;
                return true;
            }
            (points, label) = (null, text);
            return false;
        }
        // Forms write "4", spreadsheets "4.0" or "4,0": a whole number within the range, however written.
        if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number >= Low && number <= High)
        {
            points = (int)number;
            label = points.Value.ToString(CultureInfo.InvariantCulture);
            return true;
        }
        (points, label) = (null, text);
        return false;
    }

    /// <summary>What a clerk reads in a quarantine reason: the scale's accepted answers.</summary>
    public string Describe() => IsRange
        ? $"un número entero de {Low} a {High}"
        : string.Join(", ", Labels.Select(l => $"«{l.Label}»"));
}
