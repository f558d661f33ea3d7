using System.Globalization;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Petitions;

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
    private readonly ValueMap _transferredMap;
    private readonly DependencyNames _dependencies;
    private readonly FoldMemo _fold = new();
    private readonly TextMemo<PetitionType> _typeByText = new();
    private readonly TextMemo<Channel> _channelByText = new();
    private readonly TextMemo<(string Name, bool Known)> _dependencyByText = new();
    private readonly TextMemo<(string Name, bool Cut)> _topicByText = new();
    private readonly TextMemo<bool> _transferredByText = new();

    private readonly SourceColumn _radicado, _filedOn, _type, _channel, _dependency, _topic, _answeredOn, _extensionDueOn,
        _extensionDays, _extensionNotifiedOn, _sourceDueOn, _transferred, _petitionerType;

    /// <summary>The hash the source put in place of the petitioner's id, when the profile asks for one.</summary>
    private readonly SourceColumn _petitionerHash = new(CanonicalFields.IdPeticionario, PetitionerHash.CellKey);

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
        _transferredMap = new ValueMap(profile.Values.GetValueOrDefault("trasladado"));
        _dependencies = new DependencyNames(profile.DependencyAliases);
        _radicado = Column(CanonicalFields.Radicado);
        _filedOn = Column(CanonicalFields.RadicadoEl);
        _type = Column(CanonicalFields.Tipo);
        _channel = Column(CanonicalFields.Canal);
        _dependency = Column(CanonicalFields.Dependencia);
        _topic = Column(CanonicalFields.Tema);
        _answeredOn = Column(CanonicalFields.RespondidoEl);
        _extensionDueOn = Column(CanonicalFields.ProrrogaHasta);
        _extensionDays = Column(CanonicalFields.ProrrogaDias);
        _extensionNotifiedOn = Column(CanonicalFields.ProrrogaNotificadaEl);
        _sourceDueOn = Column(CanonicalFields.VencimientoFuente);
        _transferred = Column(CanonicalFields.Trasladado);
        _petitionerType = Column(CanonicalFields.TipoPeticionario);
    }

    private SourceColumn Column(string field) => new(field, _profile.Columns.GetValueOrDefault(field));

    public MappingOutcome Map(RawRow row)
    {
        try
        {
            return MappingOutcome.Of(MapOrThrow(row));
        }
        catch (RejectedCell rejected)
        {
            return MappingOutcome.Of(new Rejection(row.Line, rejected.Column, rejected.Kind, rejected.Message));
        }
    }

    private CanonicalPetition MapOrThrow(RawRow row)
    {
        var radicado = _radicado.Text(row) ?? throw Reject(_radicado, QuarantineReason.EmptyRadicado, "el número de radicado está vacío");
        if (radicado.Length > RadicadoLength)
            throw Reject(_radicado, QuarantineReason.RadicadoTooLong, $"el número de radicado tiene {radicado.Length} caracteres (el máximo es {RadicadoLength}): la columna no parece de radicados");
        var type = Type(row);
        var filedOn = Date(row, _filedOn) ?? throw Reject(_filedOn, QuarantineReason.EmptyFilingDate, "la fecha de radicación está vacía");
        if (filedOn > _today)
            throw Reject(_filedOn, QuarantineReason.FutureDate, $"la fecha de radicación {Iso(filedOn)} está en el futuro");
        var answeredOn = Date(row, _answeredOn);
        if (answeredOn < filedOn)
            throw Reject(_answeredOn, QuarantineReason.AnsweredBeforeFiled, $"la respuesta ({Iso(answeredOn.Value)}) es anterior a la radicación ({Iso(filedOn)})");
        if (answeredOn > _today)
            throw Reject(_answeredOn, QuarantineReason.FutureDate, $"la fecha de respuesta {Iso(answeredOn.Value)} está en el futuro");

        var facts = new PetitionFacts(type, filedOn, answeredOn,
            ExtensionDueOn: Date(row, _extensionDueOn),
            ExtensionDays: Integer(row, _extensionDays),
            ExtensionNotifiedOn: Date(row, _extensionNotifiedOn));
        var (dependencyName, dependencyKnown) = Dependency(row);
        var topic = Topic(row);
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
            Date(row, _sourceDueOn),
            Transferred(row),
            _petitionerType.Text(row),
            _petitionerHash.Text(row));
    }

    private PetitionType Type(RawRow row)
    {
        var text = _type.Text(row) ?? throw Reject(_type, QuarantineReason.EmptyType, "el tipo de petición está vacío");
        if (_typeByText.TryGet(text, out var known))
            return known;
        var mapped = _types.FindFolded(_fold.Fold(text));
        if (PetitionTypes.TryParse(mapped ?? text, out var type))
            return _typeByText.Remember(text, type);
        throw Reject(_type, QuarantineReason.UnknownType, mapped is null
            ? $"el tipo «{text}» no tiene equivalencia en el perfil (agréguelo en \"valores\" → \"tipo\")"
            : $"el perfil traduce el tipo «{text}» a «{mapped}», que no es un tipo válido");
    }

    private Channel Channel(RawRow row)
    {
        var text = _channel.Text(row);
        if (text is null)
            return Channels.Unknown;
        if (_channelByText.TryGet(text, out var known))
            return known;
        var mapped = _channels.FindFolded(_fold.Fold(text));
        return _channelByText.Remember(text, Channels.FindFolded(_fold.Fold(mapped ?? text)) ?? Channels.Unmapped(mapped ?? text));
    }

    private (string Name, bool Known) Dependency(RawRow row)
    {
        var text = _dependency.Text(row);
        if (text is null)
            return (DependencyNames.Missing, false);
        if (_dependencyByText.TryGet(text, out var known))
            return known;
        if (_dependencies.OfficialFolded(_fold.Fold(text)) is { } official)
            return _dependencyByText.Remember(text, (official, true));
        // A name cut to length is not remembered, so that every row it was cut in is counted.
        var (name, cut) = Capped(TextKey.Tidy(text));
        return cut ? (name, _dependencies.TrustsSource) : _dependencyByText.Remember(text, (name, _dependencies.TrustsSource));
    }

    private string? Topic(RawRow row)
    {
        var text = _topic.Text(row);
        if (text is null)
            return null;
        if (_topicByText.TryGet(text, out var known))
        {
            if (known.Cut)
                CutNames++;
            return known.Name;
        }
        return _topicByText.Remember(text, Capped(TextKey.Tidy(text))).Name;
    }

    /// <summary>The name cut to <see cref="MemberNameLength"/> characters when longer (counted in <see cref="CutNames"/>).</summary>
    private (string Name, bool Cut) Capped(string name)
    {
        if (name.Length <= MemberNameLength)
            return (name, false);
        CutNames++;
        // Never between the two halves of a surrogate pair: that would leave text no engine stores.
        var length = char.IsHighSurrogate(name[MemberNameLength - 2]) ? MemberNameLength - 2 : MemberNameLength - 1;
        return (string.Concat(name.AsSpan(0, length).TrimEnd(), "…"), true);
    }

    private bool Transferred(RawRow row)
    {
        var text = _transferred.Text(row);
        if (text is null)
            return false;
        if (_transferredByText.TryGet(text, out var known))
            return known;
        var value = _transferredMap.FindFolded(_fold.Fold(text)) ?? text;
        return _transferredByText.Remember(text, _fold.Fold(value) switch
        {
            "si" or "s" or "x" or "1" or "true" or "verdadero" or "trasladado" => true,
            "no" or "n" or "0" or "false" or "falso" => false,
            _ => throw Reject(_transferred, QuarantineReason.UnreadableTransfer, $"el valor «{text}» no dice si la petición se trasladó (use SI o NO)"),
        });
    }

    private DateOnly? Date(RawRow row, SourceColumn column)
    {
        var text = column.Text(row);
        if (text is null)
            return null;
        if (!_dates.TryParse(text, out var date))
            throw Reject(column, QuarantineReason.UnreadableDate, $"la fecha «{text}» no se pudo leer con los formatos del perfil ({string.Join(", ", _profile.DateFormats)})");
        if (!FilingDates.Contains(date))
            throw Reject(column, QuarantineReason.DateOutOfRange, $"la fecha {Iso(date)} está fuera de las fechas admitidas ({FilingDates.Range})");
        return date;
    }

    private int? Integer(RawRow row, SourceColumn column)
    {
        var text = column.Text(row);
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && (value = (int)real) == real))
            return value;
        throw Reject(column, QuarantineReason.NotANumber, $"«{text}» no es un número entero de días");
    }

    private static RejectedCell Reject(SourceColumn column, QuarantineReason kind, string reason) => new(column.Name, kind, reason);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Carries a rejection out of the nested parsing; never leaves this class.</summary>
    private sealed class RejectedCell(string column, QuarantineReason kind, string reason) : Exception(reason)
    {
        public string Column { get; } = column;
        public QuarantineReason Kind { get; } = kind;
    }
}

/// <summary>Either a petition or the reason its row is quarantined.</summary>
public readonly record struct MappingOutcome(CanonicalPetition? Petition, Rejection? Rejection)
{
    public static MappingOutcome Of(CanonicalPetition petition) => new(petition, null);

    public static MappingOutcome Of(Rejection rejection) => new(null, rejection);
}
