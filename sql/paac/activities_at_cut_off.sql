-- Every activity of the plans of one vigencia with its state at a cut-off, for the OCI follow-up table, the lagging
-- list and the downloads: whether it is due, its progress at the follow-up of the cut-off, and whether that follow-up
-- reported it. The rules are those of indicators/paac_measures.sql (a test checks both agree).
-- Parameters: @vigencia, @cut_off, @entity (NULL: every entity), @plan (NULL: both plans).
WITH plans AS (
    SELECT a.entity_id, a.plan_code, max(u.cut_off) AS followup_on
    FROM fct_paac_activity a
    JOIN fct_paac_followup u ON u.activity_id = a.activity_id
    WHERE a.vigencia = @vigencia AND u.cut_off <= CAST(@cut_off AS DATE)
    GROUP BY a.entity_id, a.plan_code
)
SELECT e.name AS Entity, a.plan_code AS Plan, CAST(a.vigencia AS INTEGER) AS Vigencia,
    CAST(c.number AS INTEGER) AS ComponentNumber, c.name AS Component, s.name AS Subcomponent,
    a.activity_number AS Number, a.activity AS Activity, a.goal AS Goal,
    COALESCE(d.name, a.responsible) AS Responsible, a.scheduled_text AS Scheduled, a.scheduled_on AS DueOn,
    (a.is_recurring OR a.scheduled_on <= CAST(@cut_off AS DATE)) AS IsDue,
    CAST(u.progress AS DOUBLE PRECISION) AS Progress,
    u.observations AS Observations,
    p.followup_on AS FollowUpOn
FROM fct_paac_activity a
JOIN dim_entity e ON e.entity_id = a.entity_id
JOIN dim_paac_component c ON c.component_id = a.component_id
LEFT JOIN dim_paac_subcomponent s ON s.subcomponent_id = a.subcomponent_id
LEFT JOIN dim_dependency d ON d.dependency_id = a.dependency_id
LEFT JOIN plans p ON p.entity_id = a.entity_id AND p.plan_code = a.plan_code
LEFT JOIN fct_paac_followup u ON u.activity_id = a.activity_id AND u.cut_off = p.followup_on
WHERE a.vigencia = @vigencia
  AND (CAST(@entity AS VARCHAR) IS NULL OR e.name_key = CAST(@entity AS VARCHAR))
  AND (CAST(@plan AS VARCHAR) IS NULL OR a.plan_code = CAST(@plan AS VARCHAR))
ORDER BY e.name, a.plan_code, c.number, c.name, a.activity_number
