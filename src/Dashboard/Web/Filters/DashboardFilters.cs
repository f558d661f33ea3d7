using System.Globalization;
using IndicadoresServicio.Core.Terms;
using Microsoft.Extensions.Primitives;

namespace IndicadoresServicio.Dashboard.Web.Filters;

/// <summary>
/// What every page is filtered by, kept in the query string so a link shows the same thing to whoever opens it:
/// the filing period (<c>desde</c>, <c>hasta</c>), the cut-off date for statuses (<c>corte</c>), and optionally the
/// entity, dependency, channel, petition type and topic (<c>tema</c>: no list in the filter bar, it arrives from a
/// chart's drill-down). Names are as shown on screen; codes for channel and type.
/// </summary>
public sealed record DashboardFilters(
    DateOnly From, DateOnly To, DateOnly CutOff, string? Entity = null, string? Dependency = null, string? Channel = null, string? Type = null,
    string? Topic = null)
{
    public const string FromKey = "desde";
    public const string ToKey = "hasta";
    public const string CutOffKey = "corte";
    public const string EntityKey = "entidad";
    public const string DependencyKey = "dependencia";
    public const string ChannelKey = "canal";
    public const string TypeKey = "tipo";
    public const string TopicKey = "tema";

    private const int MaxTextLength = 200;

    /// <summary>With nothing chosen: the year so far, statuses as of today.</summary>
    public static DashboardFilters Defaults(DateOnly today) => new(new DateOnly(today.Year, 1, 1), today, today);

    /// <summary>Reads the filters from a query string; a value that cannot be used is reported in Spanish and left at its default.</summary>
    public static FilterParse Parse(IEnumerable<KeyValuePair<string, StringValues>> query, DateOnly today)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value.ToString().Trim(), StringComparer.OrdinalIgnoreCase);
        var errors = new List<string>();
        var defaults = Defaults(today);
        var from = Date(values, FromKey, "Desde", defaults.From, errors);
        var to = Date(values, ToKey, "Hasta", defaults.To, errors);
        var cutOff = Date(values, CutOffKey, "Fecha de corte", defaults.CutOff, errors);
        if (from > to)
        {
            errors.Add($"«Desde» ({Show(from)}) es posterior a «Hasta» ({Show(to)}): se muestra el periodo por omisión.");
            (from, to) = (defaults.From, defaults.To);
        }
        if (cutOff < from)
        {
            errors.Add($"La fecha de corte ({Show(cutOff)}) es anterior al inicio del periodo ({Show(from)}): se usa el fin del periodo.");
            cutOff = to;
        }
        var type = Text(values, TypeKey, "Tipo", errors);
        if (type is not null)
        {
            if (PetitionTypes.TryParse(type, out var parsed))
                type = PetitionTypes.Code(parsed);
            else
            {
                errors.Add($"El tipo «{type}» no existe. Use uno de: {string.Join(", ", PetitionTypes.All.Select(PetitionTypes.Code))}.");
                type = null;
            }
        }
        var filters = new DashboardFilters(from, to, cutOff,
            Text(values, EntityKey, "Entidad", errors), Text(values, DependencyKey, "Dependencia", errors), Text(values, ChannelKey, "Canal", errors), type,
            Text(values, TopicKey, "Tema", errors));
        return new FilterParse(filters, errors);
    }

    /// <summary>Every filter as query-string pairs, dates included, so a shared link does not drift as days pass.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToQuery()
    {
        var pairs = new List<KeyValuePair<string, string>>
        {
            new(FromKey, Iso(From)), new(ToKey, Iso(To)), new(CutOffKey, Iso(CutOff)),
        };
        void Add(string key, string? value)
        {
            if (value is not null)
                pairs.Add(new(key, value));
        }
        Add(EntityKey, Entity);
        Add(DependencyKey, Dependency);
        Add(ChannelKey, Channel);
        Add(TypeKey, Type);
        Add(TopicKey, Topic);
        return pairs;
    }

    public string ToQueryString() => Microsoft.AspNetCore.Http.QueryString.Create(ToQuery()!).ToUriComponent();

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static DateOnly Date(Dictionary<string, string> values, string key, string label, DateOnly fallback, List<string> errors)
    {
        if (!values.TryGetValue(key, out var text) || text.Length == 0)
            return fallback;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors.Add($"«{label}»: «{Clip(text)}» no es una fecha válida; use AAAA-MM-DD (por ejemplo 2024-03-27).");
        return fallback;
    }

    private static string? Text(Dictionary<string, string> values, string key, string label, List<string> errors)
    {
        if (!values.TryGetValue(key, out var text) || text.Length == 0)
            return null;
        // A line break or tab inside a name (exports carry them: "Impuesto\r\npredial") is a space to the warehouse,
        // which compares names folded; other control characters are refused.
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > MaxTextLength || text.Any(char.IsControl))
        {
            errors.Add($"«{label}»: el valor es demasiado largo o tiene caracteres no válidos.");
            return null;
        }
        return text;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

/// <summary>The filters read from a query string, and what was wrong with it (Spanish, shown above the page).</summary>
public sealed record FilterParse(DashboardFilters Filters, IReadOnlyList<string> Errors);
