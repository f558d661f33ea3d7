using Dapper;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Warehousing;

/// <summary>
/// The audit trail in the warehouse's <c>audit</c> table (Ley 1581 de 2012: who saw what): sign-ins, downloads and
/// printed reports, account changes and loads. It keeps account names and what was asked for, never a petitioner's
/// data; a name typed at the sign-in form is kept only when it is an account's (a password typed there is not).
/// </summary>
public static class AuditTrail
{
    /// <summary>The actions, by the code stored, with the Spanish name the audit page shows.</summary>
    public static class Actions
    {
        public const string SignIn = "ingreso";
        public const string FailedSignIn = "ingreso_fallido";
        public const string SignOut = "salida";
        public const string Download = "descarga";
        public const string Report = "informe";
        public const string Account = "cuenta";
        public const string Load = "carga";

        public static IReadOnlyList<(string Code, string Name)> All { get; } =
        [
            (SignIn, "Ingreso"), (FailedSignIn, "Ingreso fallido"), (SignOut, "Salida"), (Download, "Descarga de datos"),
            (Report, "Informe impreso (PDF)"), (Account, "Cambio de cuenta"), (Load, "Carga de datos"),
        ];

        public static string Name(string code) => All.FirstOrDefault(a => a.Code == code).Name ?? code;
    }

    /// <summary>Who acted when it was not a signed-in person.</summary>
    public static string CommandLine => $"línea de órdenes ({Environment.UserName})";

    public const string Scheduler = "programador";

    /// <summary>What a stored detail is cut to: a filter list is short, and nothing a visitor sends may bloat the table.</summary>
    public const int MaxDetail = 500;

    public sealed record Entry(DateTime OccurredAt, string UserName, string Action, string Detail, string? Address)
    {
        /// <summary>When, in Colombia's time (stored in UTC).</summary>
        public DateTime Local => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(OccurredAt, DateTimeKind.Unspecified), ColombianTime.Zone);
    }

    public sealed record Filter(string? UserName = null, string? Action = null, DateOnly? From = null, DateOnly? To = null);

    public sealed record Page(IReadOnlyList<Entry> Entries, int Total);

    public static void Record(Warehouse warehouse, string userName, string action, string detail = "", string? address = null, DateTime? occurredAtUtc = null)
    {
        using var connection = warehouse.OpenConnection();
        connection.Execute(warehouse.Sql("""
            INSERT INTO audit (occurred_at, user_name, action, detail, address) VALUES (@at, @userName, @action, @detail, @address)
            """), new { at = occurredAtUtc ?? DateTime.UtcNow, userName = Cut(userName, 200), action, detail = Cut(detail, MaxDetail), address = address is null ? null : Cut(address, 100) });
    }

    /// <summary>Entries newest first, <paramref name="size"/> per page (the first is 1).</summary>
    public static Page Read(Warehouse warehouse, Filter filter, int page, int size)
    {
        var (where, parameters) = Where(filter);
        using var connection = warehouse.OpenConnection();
        var total = connection.ExecuteScalar<long>(warehouse.Sql($"SELECT count(*) FROM audit {where}"), parameters);
        parameters.Add("size", size);
        parameters.Add("skip", (long)(Math.Max(1, page) - 1) * size);
        var entries = connection.Query<Entry>(warehouse.Sql($"""
            SELECT occurred_at AS OccurredAt, user_name AS UserName, action AS Action, detail AS Detail, address AS Address
            FROM audit {where} ORDER BY occurred_at DESC, audit_id DESC LIMIT @size OFFSET @skip
            """), parameters).ToList();
        return new Page(entries, (int)total);
    }

    /// <returns>How many entries older than <paramref name="days"/> days were deleted.</returns>
    public static int Purge(Warehouse warehouse, int days)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Execute(warehouse.Sql("DELETE FROM audit WHERE occurred_at < @before"), new { before = DateTime.UtcNow.AddDays(-days) });
    }

    private static (string Where, DynamicParameters Parameters) Where(Filter filter)
    {
        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            conditions.Add("lower(user_name) = lower(@userName)");
            parameters.Add("userName", filter.UserName.Trim());
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            conditions.Add("action = @action");
            parameters.Add("action", filter.Action);
        }
        // Days are Colombia's: a day starts at 05:00 UTC.
        if (filter.From is { } from)
        {
            conditions.Add("occurred_at >= @fromUtc");
            parameters.Add("fromUtc", Utc(from));
        }
        if (filter.To is { } to)
        {
            conditions.Add("occurred_at < @toUtc");
            parameters.Add("toUtc", Utc(to.AddDays(1)));
        }
        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), parameters);
    }

    private static DateTime Utc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), ColombianTime.Zone);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
