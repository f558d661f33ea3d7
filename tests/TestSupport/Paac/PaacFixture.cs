using Dapper;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.TestSupport.Paac;

/// <summary>One hand-written activity: its component (number, name), number, responsable, due date (null: recurring) and progress per cut-off.</summary>
public sealed record FixtureActivity(int Component, string Number, string Responsible, DateOnly? Due,
    IReadOnlyDictionary<DateOnly, double?> Progress, string? Subcomponent = null, string? Observations = null, int Vigencia = 2024);

/// <summary>
/// Writes PAAC activities and follow-ups straight into a test warehouse (bypassing the ETL), so indicator tests state
/// every date and progress they depend on.
/// </summary>
public sealed class PaacFixture(Warehouse warehouse)
{
    public static readonly DateOnly April = new(2024, 4, 30);
    public static readonly DateOnly August = new(2024, 8, 31);
    public static readonly DateOnly December = new(2024, 12, 31);

    private static readonly string[] Names =
    [
        "Gestión del riesgo de corrupción - Mapa de riesgos de corrupción", "Racionalización de trámites", "Rendición de cuentas",
        "Mecanismos para mejorar la atención al ciudadano", "Transparencia y acceso a la información", "Iniciativas adicionales",
    ];

    /// <summary>
    /// The plan of the tests (the same as the ETL tests' workbook, 5.2.1 left out as quarantined there):
    /// component 1: 1.1 due 2024-03-30 (100, 100, 100), 1.2 due 2024-06-30 (50, 80, -), 2.1 recurring (30, 60, 90),
    /// 2.2 due 2024-12-31 (-, 40, 100); component 4: 1.1 due 2024-06-30 (20, 100, 100), 1.2 recurring (33, 66, 100),
    /// 2.2 due 2024-12-31 (-, 10, 90).
    /// </summary>
    public static IReadOnlyList<FixtureActivity> Plan2024 { get; } =
    [
        new(1, "1.1", "Oficina Asesora de Planeación", new(2024, 3, 30), P(100, 100, 100), "Política de administración de riesgos"),
        new(1, "1.2", "Oficina Asesora de Planeación", new(2024, 6, 30), P(50, 80, null), "Política de administración de riesgos", "Falta publicar"),
        new(1, "2.1", "Comunicaciones", null, P(30, 60, 90), "Consulta y divulgación"),
        new(1, "2.2", "Control Interno", new(2024, 12, 31), P(null, 40, 100), "Consulta y divulgación"),
        new(4, "1.1", "Secretaría General", new(2024, 6, 30), P(20, 100, 100), "Estructura administrativa"),
        new(4, "1.2", "Secretaría General", null, P(33, 66, 100), "Estructura administrativa"),
        new(4, "2.2", "Oficina Asesora de Planeación", new(2024, 12, 31), P(null, 10, 90), "Fortalecimiento de los canales de atención", "Sin evidencias"),
    ];

    public static IReadOnlyDictionary<DateOnly, double?> P(double? april, double? august, double? december) =>
        new Dictionary<DateOnly, double?> { [April] = april, [August] = august, [December] = december };

    public PaacFixture Add(string entity, params IEnumerable<FixtureActivity> activities)
    {
        using var connection = warehouse.OpenConnection();
        var entityId = connection.QuerySingleOrDefault<int?>(warehouse.Sql("SELECT entity_id FROM dim_entity WHERE name_key = @key"), new { key = TextKey.Fold(entity) })
            ?? connection.QuerySingle<int>(warehouse.Sql("INSERT INTO dim_entity (name, name_key) VALUES (@entity, @key) RETURNING entity_id"),
                new { entity, key = TextKey.Fold(entity) });
        foreach (var a in activities)
        {
            var component = Id(connection, "SELECT component_id FROM dim_paac_component WHERE entity_id = @entityId AND name_key = @key",
                "INSERT INTO dim_paac_component (entity_id, plan_code, number, name, name_key) VALUES (@entityId, 'PAAC', @number, @name, @key) RETURNING component_id",
                new { entityId, number = (short)a.Component, name = Names[a.Component - 1], key = TextKey.Fold(Names[a.Component - 1]) });
            var dependency = Id(connection, "SELECT dependency_id FROM dim_dependency WHERE entity_id = @entityId AND name_key = @key",
                "INSERT INTO dim_dependency (entity_id, name, name_key) VALUES (@entityId, @name, @key) RETURNING dependency_id",
                new { entityId, name = a.Responsible, key = TextKey.Fold(a.Responsible) });
            int? subcomponent = a.Subcomponent is null ? null : Id(connection,
                "SELECT subcomponent_id FROM dim_paac_subcomponent WHERE component_id = @component AND name_key = @key",
                "INSERT INTO dim_paac_subcomponent (component_id, name, name_key) VALUES (@component, @name, @key) RETURNING subcomponent_id",
                new { component, name = a.Subcomponent, key = TextKey.Fold(a.Subcomponent) });
            var activity = connection.QuerySingle<long>(warehouse.Sql("""
                INSERT INTO fct_paac_activity (entity_id, plan_code, vigencia, component_id, activity_number, subcomponent_id, dependency_id,
                    activity, responsible, scheduled_text, scheduled_on, is_recurring, source, row_hash, first_run_id, last_run_id)
                VALUES (@entityId, 'PAAC', @vigencia, @component, @number, @subcomponent, @dependency, @text, @responsible, @scheduledText,
                    @due, @recurring, 'prueba', 'x', 0, 0)
                RETURNING activity_id
                """), new { entityId, vigencia = (short)a.Vigencia, component, number = a.Number, subcomponent, dependency,
                text = $"Actividad {a.Number} del componente {a.Component}", responsible = a.Responsible,
                scheduledText = a.Due is null ? "Permanente" : a.Due.Value.ToString("dd/MM/yyyy"), due = a.Due, recurring = a.Due is null });
            foreach (var (cutOff, progress) in a.Progress.Where(p => p.Value is not null))
                connection.Execute(warehouse.Sql("""
                    INSERT INTO fct_paac_followup (activity_id, cut_off, progress, observations, run_id)
                    VALUES (@activity, @cutOff, @progress, @observations, 0)
                    """), new { activity, cutOff = new DateOnly(a.Vigencia, cutOff.Month, cutOff.Day), progress = (decimal)progress!.Value, observations = a.Observations });
        }
        return this;
    }

    private int Id(System.Data.Common.DbConnection connection, string select, string insert, object parameters) =>
        connection.QuerySingleOrDefault<int?>(warehouse.Sql(select), parameters) ?? connection.QuerySingle<int>(warehouse.Sql(insert), parameters);
}
