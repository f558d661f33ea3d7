-- Marts: the alert list. Open petitions (no answer by @cut_off) filed in [@from, @to] whose effective due date
-- is at most @alert_days business days after the cut-off, or already past it. One row per petition with what a
-- clerk needs to find it (no personal data: none exists in the warehouse). Engine-neutral SQL.
-- Parameters: @from, @to, @cut_off, @alert_days. Placeholder {{filters}} as in petition_measures.sql.
-- business_days_left = business_day_index(due) - business_day_index(cut-off): 0 when due on the cut-off,
-- negative when overdue. An overdue petition shows at least -1 even when a weekend cut-off shares the index
-- of its due date, so the sign always tells the status.
SELECT e.name AS entity, d.name AS dependency, f.radicado, t.name AS type_name, f.filed_on,
    f.effective_due_on AS due_on,
    CAST(CASE WHEN cut.full_date > f.effective_due_on
              THEN LEAST(due.business_day_index - cut.business_day_index, -1)
              ELSE due.business_day_index - cut.business_day_index END AS INTEGER) AS business_days_left
FROM fct_petition f
JOIN dim_date cut ON cut.full_date = @cut_off
JOIN dim_date due ON due.full_date = f.effective_due_on
JOIN dim_dependency d ON d.dependency_id = f.dependency_id
JOIN dim_entity e ON e.entity_id = f.entity_id
JOIN dim_petition_type t ON t.type_id = f.type_id
WHERE f.filed_on BETWEEN @from AND @to
  AND f.term_days IS NOT NULL
  AND (f.answered_on IS NULL OR f.answered_on > @cut_off)
  AND due.business_day_index - cut.business_day_index <= @alert_days
  {{filters}}
