using System.Text;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// Fills a measure script's placeholders with the catalogue's whitelisted slice expressions and a filter clause
/// built from looked-up integer keys. This is the only place SQL text is assembled, and no user text reaches it.
/// Slice <c>i</c> (from 1) comes back as <c>slice_key_i</c> (the grouped key), <c>slice_text_i</c> (the key as
/// text, to match periods) and <c>slice_label_i</c> (the readable value).
/// </summary>
public static class MeasureQuery
{
    public static string Compose(string script, IReadOnlyList<SliceDefinition> slices, string filters)
    {
        var keys = new StringBuilder();
        var group = new StringBuilder();
        var labels = new StringBuilder();
        var joins = new StringBuilder();
        for (var i = 0; i < slices.Count; i++)
        {
            var key = KeyColumn(i);
            var dimension = $"slice_dimension_{i + 1}";
            keys.Append(", ").Append(slices[i].Key).Append(" AS ").Append(key);
            group.Append(", ").Append(key);
            labels.Append(", CAST(").Append(key).Append(" AS VARCHAR) AS ").Append(TextColumn(i))
                .Append(", ").Append(slices[i].Label.Replace("{key}", key).Replace("{label}", dimension)).Append(" AS ").Append(LabelColumn(i));
            if (slices[i].Detail is { } detail)
                labels.Append(", ").Append(detail.Label.Replace("{key}", key).Replace("{label}", dimension)).Append(" AS ").Append(DetailColumn(i));
            if (slices[i].LabelJoin is { } join)
                joins.Append("\nLEFT JOIN ").Append(join.Replace("{key}", key).Replace("{label}", dimension));
        }
        var composed = Fill(script, ("{{slice_keys}}", keys.ToString()), ("{{slice_group}}", group.ToString()),
            ("{{slice_labels}}", labels.ToString()), ("{{slice_joins}}", joins.ToString()), ("{{filters}}", filters));
        // A script whose formula depends on the slicing itself (PAAC-AV: the plan's mean of component means, a
        // dependency's mean of its own activities) reads the slices' catalogue names as a text literal.
        return composed.Replace("{{slice_names}}", $"',{string.Join(",", slices.Select(s => s.Name))},'", StringComparison.Ordinal);
    }

    /// <summary>A script that only filters (the alert list).</summary>
    public static string ComposeFiltered(string script, string filters) => Fill(script, ("{{filters}}", filters));

    /// <summary>
    /// A petition script that only filters (alerts, listings), for <paramref name="request"/>: its dates checked and
    /// its filters looked up in the warehouse through <paramref name="connection"/>.
    /// </summary>
    public static string PetitionsFiltered(System.Data.Common.DbConnection connection, string scriptName, MeasurementRequest request)
    {
        RequestChecks.Dates(request.Period, request.CutOff, request.PreviousPeriod, request.AlertDays);
        var filters = SliceFilters.Clause(connection, MeasureSources.Petitions, request.Filters ?? []);
        return ComposeFiltered(SqlScripts.Statements(scriptName).Single(), filters);
    }

    public static string KeyColumn(int index) => $"slice_key_{index + 1}";

    public static string TextColumn(int index) => $"slice_text_{index + 1}";

    public static string LabelColumn(int index) => $"slice_label_{index + 1}";

    public static string DetailColumn(int index) => $"slice_detail_{index + 1}";

    private static string Fill(string script, params (string Token, string Text)[] parts)
    {
        foreach (var (token, text) in parts)
        {
            if (!script.Contains(token, StringComparison.Ordinal))
                throw new InvalidOperationException($"El script de medidas no tiene el marcador {token}.");
            script = script.Replace(token, text, StringComparison.Ordinal);
        }
        return script;
    }
}
