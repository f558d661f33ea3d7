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
        script = EachPeriod(script);
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

    /// <summary>
    /// Writes a script's per-period branch, given once between <c>{{each_period}}</c> and <c>{{end_each_period}}</c>,
    /// for the current and the previous period, joined by UNION ALL: <c>{{period}}</c> becomes <c>current</c> or
    /// <c>previous</c> (so <c>@{{period}}_cut_off</c> names that period's parameter) and <c>{{is_current}}</c> 1 or 0.
    /// Each branch then compares with its own parameters as constants, which the engines read faster than one scan
    /// comparing each row with its period's cut-off, and the rule in the branch is still written once.
    /// </summary>
    private static string EachPeriod(string script)
    {
        const string Open = "{{each_period}}", Close = "{{end_each_period}}";
        var start = script.IndexOf(Open, StringComparison.Ordinal);
        if (start < 0)
            return script;
        var end = script.IndexOf(Close, start, StringComparison.Ordinal);
        if (end < 0)
            throw new InvalidOperationException($"El script de medidas abre {Open} y no lo cierra con {Close}.");
        var branch = script[(start + Open.Length)..end];
        string For(string period, string isCurrent) =>
            branch.Replace("{{period}}", period, StringComparison.Ordinal).Replace("{{is_current}}", isCurrent, StringComparison.Ordinal);
        return script[..start] + For("current", "1") + "UNION ALL" + For("previous", "0") + script[(end + Close.Length)..];
    }

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
