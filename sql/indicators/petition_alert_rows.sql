-- Marts: the alert list as shown, for chosen rows of petition_alerts.sql ({{alerts}}: a query giving its columns).
-- What a clerk needs to find each petition (no personal data: none exists in the warehouse). Engine-neutral SQL.
-- Parameters: @cut_off and those of {{alerts}}.
-- business_days_left = business_day_index(due) - business_day_index(cut-off): 0 when due on the cut-off,
-- negative when overdue. An overdue petition shows at least -1 even when a weekend cut-off shares the index
-- of its due date, so the sign always tells the status.
SELECT e.name AS entity, d.name AS dependency, a.radicado, t.name AS type_name, a.filed_on, a.due_on,
    CAST(CASE WHEN cut.full_date > a.due_on
              THEN LEAST(due.business_day_index - cut.business_day_index, -1)
              ELSE due.business_day_index - cut.business_day_index END AS INTEGER) AS business_days_left
FROM ({{alerts}}) a
JOIN dim_date cut ON cut.full_date = @cut_off
JOIN dim_date due ON due.full_date = a.due_on
JOIN dim_dependency d ON d.dependency_id = a.dependency_id
JOIN dim_entity e ON e.entity_id = a.entity_id
JOIN dim_petition_type t ON t.type_id = a.type_id
