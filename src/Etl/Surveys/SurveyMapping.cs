using IndicadoresServicio.Etl.Load;
using System.Security.Cryptography;
using System.Text;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Surveys;

/// <summary>What one source row became: a response, a rejection for quarantine, or an incomplete response (not loaded).</summary>
public sealed record SurveyRow(SurveyResponse? Response, Rejection? Rejection, bool Incomplete)
{
    public static SurveyRow Of(SurveyResponse response) => new(response, null, false);
    public static SurveyRow Rejected(Rejection rejection) => new(null, rejection, false);
    public static SurveyRow IncompleteRow { get; } = new(null, null, true);
}

/// <summary>
/// Turns source rows into <see cref="SurveyResponse"/>s through a survey profile. One instance reads one file, in
/// order: a response without an id column is identified by its content and by how many identical rows came before it.
/// </summary>
public sealed class SurveyMapping
{
    /// <summary>The dependency of a response when neither the row nor the profile names one.</summary>
    public const string NoDependency = "Sin dependencia";

    private readonly SurveyProfile _profile;
    private readonly DateCells _dates;
    private readonly ValueMap _channels;
    private readonly ValueMap _valueGroups;
    private readonly ValueMap _dependencyAliases;
    private readonly Dictionary<string, string> _officialDependencies;
    private readonly Dictionary<string, int> _fingerprints = new(StringComparer.Ordinal);

    public SurveyMapping(SurveyProfile profile)
    {
        _profile = profile;
        _dates = new DateCells(profile.DateFormats);
        _channels = new ValueMap(profile.Values.GetValueOrDefault(SurveyFields.Canal));
        _valueGroups = new ValueMap(profile.Values.GetValueOrDefault(SurveyFields.GrupoValor));
        _dependencyAliases = new ValueMap(profile.DependencyAliases);
        // The profile's fixed dependency is an official name too: it is what the entity calls that office.
        _officialDependencies = profile.DependencyAliases.Values.Append(profile.Dependency).OfType<string>().Where(d => !string.IsNullOrWhiteSpace(d))
            .GroupBy(TextKey.Fold).ToDictionary(g => g.Key, g => g.First().Trim(), StringComparer.Ordinal);
    }

    /// <summary>Values no profile table recognised (channels, dependencies), kept and reported.</summary>
    public SortedSet<string> Unknown { get; } = new(StringComparer.Ordinal);

    public SurveyRow Map(RawRow row)
    {
        var dateHeader = _profile.Columns[SurveyFields.RespondidaEl];
        var dateText = Cell(row, dateHeader);
        // LimeSurvey leaves "submitdate" empty for a response never submitted: it is not a response yet.
        if (dateText is null)
            return SurveyRow.IncompleteRow;
        if (!_dates.TryParse(dateText, out var respondedOn))
            return Reject(row, dateHeader, QuarantineReason.UnreadableDate, $"la fecha «{dateText}» no tiene ninguno de los formatos del perfil ({string.Join(", ", _dates.Formats)})");

        var answers = new List<SurveyAnswer>(_profile.Questions.Count);
        foreach (var question in _profile.Questions)
        {
            var scale = _profile.Scales[question.Scale];
            var text = Cell(row, question.Column);
            if (text is null)
            {
                answers.Add(new SurveyAnswer(question, scale, null, null));
                continue;
            }
            if (!scale.TryRead(text, out var points, out var label))
                return Reject(row, question.Column, QuarantineReason.OffScale,
                    $"la respuesta «{text}» no está en la escala «{scale.Name}» de la pregunta {question.Code} (acepta {scale.Describe()}); agréguela a \"escalas\" en el perfil");
            answers.Add(new SurveyAnswer(question, scale, points, label));
        }

        var (dependency, dependencyKnown) = DependencyOf(row);
        var channel = ChannelOf(row);
        var valueGroup = Mapped(row, SurveyFields.GrupoValor, _valueGroups);
        var radicado = Field(row, SurveyFields.Radicado);
        var comments = _profile.CommentColumns
            .Select(c => (Column: c, Text: Cell(row, c)))
            .Where(c => c.Text is not null)
            .Select(c => new SurveyComment(c.Column, CommentMasking.Mask(c.Text!)))
            .ToList();

        var key = Key(row);
        var hash = Hash(respondedOn, dependency, channel.Code, valueGroup, radicado, answers, comments);
        return SurveyRow.Of(new SurveyResponse(row.Line, key, respondedOn, dependency, dependencyKnown, channel.Code, channel.Name,
            channel.Known, valueGroup, radicado, answers, comments, hash));
    }

    /// <summary>
    /// The cells a quarantined row keeps: only the columns the profile reads, comments masked. Other columns of a form
    /// export ("Comentarios: …", "Puntos: …", free answers) may hold anything a citizen wrote, so they stay out.
    /// </summary>
    public IReadOnlyDictionary<string, string?> QuarantineCells(RawRow row)
    {
        var cells = new Dictionary<string, string?>();
        foreach (var header in _profile.Columns.Values.Concat(_profile.Questions.Select(q => q.Column)))
            cells[header] = Cell(row, header);
        foreach (var header in _profile.CommentColumns)
            cells[header] = Cell(row, header) is { } text ? CommentMasking.Mask(text) : null;
        return cells;
    }

    private static SurveyRow Reject(RawRow row, string column, QuarantineReason kind, string reason) =>
        SurveyRow.Rejected(new Rejection(row.Line, column, kind, reason));

    private string Key(RawRow row)
    {
        if (Field(row, SurveyFields.Respuesta) is { } id)
            return "id:" + id;
        // The row as read (personal data already gone): identical rows are told apart by their order in the file, so a
        // later export that appends responses gives the old ones the same keys.
        var content = new StringBuilder();
        foreach (var (header, value) in row.Cells)
            content.Append(header).Append('\u001f').Append(value).Append('\u001e');
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())))[..32];
        var occurrence = _fingerprints.GetValueOrDefault(fingerprint) + 1;
        _fingerprints[fingerprint] = occurrence;
        return $"fp:{fingerprint}:{occurrence}";
    }

    private (string Name, bool Known) DependencyOf(RawRow row)
    {
        var text = Field(row, SurveyFields.Dependencia) ?? _profile.Dependency?.Trim();
        if (string.IsNullOrWhiteSpace(text))
            return (NoDependency, true);
        var folded = TextKey.Fold(text);
        if (_dependencyAliases.FindFolded(folded) is { } official)
            return (official, true);
        if (_officialDependencies.TryGetValue(folded, out var named))
            return (named, true);
        // With no alias table every name is taken as written; with one, a name it lacks is kept and reported.
        if (_dependencyAliases.IsEmpty)
            return (text, true);
        Unknown.Add($"dependencia «{text}»");
        return (text, false);
    }

    private Channel ChannelOf(RawRow row)
    {
        var text = Field(row, SurveyFields.Canal);
        if (text is null)
            return Channels.Unknown;
        var code = _channels.Find(text);
        if ((code is null ? Channels.Find(text) : Channels.Find(code)) is { } channel)
            return channel;
        Unknown.Add($"canal «{text}»");
        return Channels.Unmapped(text);
    }

    private string? Mapped(RawRow row, string field, ValueMap map) =>
        Field(row, field) is { } text ? map.Find(text) ?? text : null;

    private string? Field(RawRow row, string field) =>
        _profile.Columns.TryGetValue(field, out var header) ? Cell(row, header) : null;

    private static string? Cell(RawRow row, string header) =>
        row.Cells.TryGetValue(header, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Hash(DateOnly on, string dependency, string channel, string? group, string? radicado,
        IReadOnlyList<SurveyAnswer> answers, IReadOnlyList<SurveyComment> comments)
    {
        var text = new StringBuilder().Append(on.DayNumber).Append('\u001f').Append(dependency).Append('\u001f').Append(channel)
            .Append('\u001f').Append(group).Append('\u001f').Append(radicado);
        foreach (var a in answers)
            text.Append('\u001e').Append(a.Question.Code).Append('=').Append(a.Points).Append('|').Append(a.Label)
                .Append('|').Append(a.Scale.Low).Append('-').Append(a.Scale.High).Append('|').Append(a.Question.Dimension).Append('|').Append(a.Question.Nps);
        foreach (var c in comments)
            text.Append('\u001d').Append(c.Column).Append('=').Append(c.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
