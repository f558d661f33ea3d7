using System.Globalization;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Indicators.Calendar;
using IndicadoresServicio.Indicators.Terms;
using IndicadoresServicio.Indicators.Text;

namespace IndicadoresServicio.Etl.Transform;

/// <summary>
/// Turns one source row into a <see cref="CanonicalPetition"/> through a mapping profile, or says why it
/// cannot (a <see cref="Rejection"/> naming the line and the source column). Values are matched with accents
/// and case folded; unknown channels and dependencies are kept and flagged, never dropped.
/// </summary>
public sealed class PetitionMapping
{
    private readonly MappingProfile _profile;
    private readonly BusinessCalendar _calendar;
    private readonly DateOnly _today;
    private readonly DateCells _dates;
    private readonly ValueMap _types;
    private readonly ValueMap _channels;
    private readonly ValueMap _transferred;
    private readonly ValueMap _dependencyAliases;
    private readonly Dictionary<string, string> _officialDependencies;
    private readonly FoldMemo _fold = new();

    /// <summary>
    /// The longest dependency or topic name kept, in characters. Some exports put free text in "Asunto"; a name of
    /// thousands of characters is no use for grouping, and PostgreSQL cannot index it (a B-tree entry holds at most
    /// 2,704 bytes), so a longer one is cut here, alike on both engines, and the load says how many were.
    /// </summary>
    public const int MemberNameLength = 200;

    /// <summary>The longest radicado accepted. Real ones are a few dozen characters; PostgreSQL could not index one of thousands.</summary>
    public const int RadicadoLength = 100;

    /// <summary>How many dependency or topic names this mapping has cut to <see cref="MemberNameLength"/>.</summary>
    public long CutNames { get; private set; }

    public PetitionMapping(MappingProfile profile, BusinessCalendar calendar, DateOnly today)
    {
        _profile = profile;
        _calendar = calendar;
        _today = today;
        _dates = new DateCells(profile.DateFormats);
        _types = new ValueMap(profile.Values.GetValueOrDefault("tipo"));
        _channels = new ValueMap(profile.Values.GetValueOrDefault("canal"));
        _transferred = new ValueMap(profile.Values.GetValueOrDefault("trasladado"));
        _dependencyAliases = new ValueMap(profile.DependencyAliases);
        _officialDependencies = profile.DependencyAliases.Values
            .GroupBy(TextKey.Fold).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public MappingOutcome Map(RawRow row)
    {
        try
        {
            return MappingOutcome.Of(MapOrThrow(row));
        }
        catch (RejectedCell rejected)
        {
            return MappingOutcome.Of(new Rejection(row.Line, rejected.Column, rejected.Message));
        }
    }

    private CanonicalPetition MapOrThrow(RawRow row)
    {
        var radicado = Cell(row, "radicado") ?? throw Reject("radicado", "el número de radicado está vacío");
        if (radicado.Length > RadicadoLength)
            throw Reject("radicado", $"el número de radicado tiene {radicado.Length} caracteres (el máximo es {RadicadoLength}): la columna no parece de radicados");
        var type = Type(row);
        var filedOn = Date(row, "radicado_el") ?? throw Reject("radicado_el", "la fecha de radicación está vacía");
        if (filedOn > _today)
            throw Reject("radicado_el", $"la fecha de radicación {Iso(filedOn)} está en el futuro");
        var answeredOn = Date(row, "respondido_el");
        if (answeredOn < filedOn)
            throw Reject("respondido_el", $"la respuesta ({Iso(answeredOn.Value)}) es anterior a la radicación ({Iso(filedOn)})");
        if (answeredOn > _today)
            throw Reject("respondido_el", $"la fecha de respuesta {Iso(answeredOn.Value)} está en el futuro");

        var facts = new PetitionFacts(type, filedOn, answeredOn,
            ExtensionDueOn: Date(row, "prorroga_hasta"),
            ExtensionDays: Integer(row, "prorroga_dias"),
            ExtensionNotifiedOn: Date(row, "prorroga_notificada_el"));
        var (dependencyName, dependencyKnown) = Dependency(row);
        var topic = Cell(row, "tema") is { } topicText ? Capped(TextKey.Tidy(topicText)) : null;
        return new CanonicalPetition(
            row.Line,
            radicado,
            type,
            Channel(row),
            dependencyName,
            _fold.Fold(dependencyName),
            dependencyKnown,
            topic,
            topic is null ? null : _fold.Fold(topic),
            filedOn,
            answeredOn,
            LegalTerms.TermDays(type, filedOn),
            DueDates.Evaluate(_calendar, facts),
            Date(row, "vencimiento_fuente"),
            Transferred(row),
            Cell(row, "tipo_peticionario"),
            row.Cells.TryGetValue(PetitionerHash.CellKey, out var hash) && !string.IsNullOrWhiteSpace(hash) ? hash : null);
    }

    private PetitionType Type(RawRow row)
    {
        var text = Cell(row, "tipo") ?? throw Reject("tipo", "el tipo de petición está vacío");
        var mapped = _types.FindFolded(_fold.Fold(text));
        if (PetitionTypes.TryParse(mapped ?? text, out var type))
            return type;
        throw Reject("tipo", mapped is null
            ? $"el tipo «{text}» no tiene equivalencia en el perfil (agréguelo en \"valores\" → \"tipo\")"
            : $"el perfil traduce el tipo «{text}» a «{mapped}», que no es un tipo válido");
    }

    private Channel Channel(RawRow row)
    {
        var text = Cell(row, "canal");
        if (text is null)
            return Channels.Unknown;
        var mapped = _channels.FindFolded(_fold.Fold(text));
        return Channels.FindFolded(_fold.Fold(mapped ?? text)) ?? Channels.Unmapped(mapped ?? text);
    }

    private (string Name, bool Known) Dependency(RawRow row)
    {
        var text = Cell(row, "dependencia");
        if (text is null)
            return ("Sin dependencia", false);
        var folded = _fold.Fold(text);
        if (_dependencyAliases.FindFolded(folded) is { } official)
            return (official, true);
        if (_officialDependencies.TryGetValue(folded, out var same))
            return (same, true);
        // With no aliases at all the profile trusts the source's names; with aliases, a new name is news.
        return (Capped(TextKey.Tidy(text)), _dependencyAliases.IsEmpty);
    }

    private string Capped(string name)
    {
        if (name.Length <= MemberNameLength)
            return name;
        CutNames++;
        // Never between the two halves of a surrogate pair: that would leave text no engine stores.
        var length = char.IsHighSurrogate(name[MemberNameLength - 2]) ? MemberNameLength - 2 : MemberNameLength - 1;
        return string.Concat(name.AsSpan(0, length).TrimEnd(), "…");
    }

    private bool Transferred(RawRow row)
    {
        var text = Cell(row, "trasladado");
        if (text is null)
            return false;
        var value = _transferred.FindFolded(_fold.Fold(text)) ?? text;
        return _fold.Fold(value) switch
        {
            "si" or "s" or "x" or "1" or "true" or "verdadero" or "trasladado" => true,
            "no" or "n" or "0" or "false" or "falso" => false,
            _ => throw Reject("trasladado", $"el valor «{text}» no dice si la petición se trasladó (use SI o NO)"),
        };
    }

    private DateOnly? Date(RawRow row, string field)
    {
        var text = Cell(row, field);
        if (text is null)
            return null;
        if (!_dates.TryParse(text, out var date))
            throw Reject(field, $"la fecha «{text}» no se pudo leer con los formatos del perfil ({string.Join(", ", _profile.DateFormats)})");
        if (date.Year < ColombianHolidays.FirstYear || date.Year >= ColombianHolidays.LastYear)
            throw Reject(field, $"la fecha {Iso(date)} está fuera del calendario admitido ({ColombianHolidays.FirstYear}-{ColombianHolidays.LastYear - 1})");
        return date;
    }

    private int? Integer(RawRow row, string field)
    {
        var text = Cell(row, field);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && (value = (int)real) == real))
            return value;
        throw Reject(field, $"«{text}» no es un número entero de días");
    }

    private string? Cell(RawRow row, string field)
    {
        if (!_profile.Columns.TryGetValue(field, out var header))
            return null;
        return row.Cells.TryGetValue(header, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    private RejectedCell Reject(string field, string reason) =>
        new(_profile.Columns.GetValueOrDefault(field) ?? field, reason);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Carries a rejection out of the nested parsing; never leaves this class.</summary>
    private sealed class RejectedCell(string column, string reason) : Exception(reason)
    {
        public string Column { get; } = column;
    }
}

/// <summary>Either a petition or the reason its row is quarantined.</summary>
public readonly record struct MappingOutcome(CanonicalPetition? Petition, Rejection? Rejection)
{
    public static MappingOutcome Of(CanonicalPetition petition) => new(petition, null);

    public static MappingOutcome Of(Rejection rejection) => new(null, rejection);
}
