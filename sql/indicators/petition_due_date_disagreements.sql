-- Marts: the petitions whose due date in the source system differs from the one computed here (Ley 1755, the
-- entity's calendar), for the data-quality page. One row per petition filed in [@from, @to] that both dates are
-- known for and disagree. Engine-neutral SQL. Parameters: @from, @to. Placeholder {{filters}} as in
-- petition_measures.sql (the engine's slice filters over fct_petition f).
-- CalendarDays, BusinessDays: theirs minus ours, positive when the source gives more time; business days on the
-- national calendar (dim_date), so the entity's own closures are not in that count.
SELECT f.radicado AS Radicado, e.name AS Entity, d.name AS Dependency, f.filed_on AS FiledOn,
    f.effective_due_on AS OurDue, f.source_due_on AS TheirDue,
    CAST(f.source_due_on - f.effective_due_on AS BIGINT) AS CalendarDays,
    CAST(theirs.business_day_index - ours.business_day_index AS BIGINT) AS BusinessDays
FROM fct_petition f
JOIN dim_entity e ON e.entity_id = f.entity_id
JOIN dim_dependency d ON d.dependency_id = f.dependency_id
LEFT JOIN dim_date ours ON ours.full_date = f.effective_due_on
LEFT JOIN dim_date theirs ON theirs.full_date = f.source_due_on
WHERE f.filed_on BETWEEN @from AND @to
  AND f.source_due_on IS NOT NULL AND f.effective_due_on IS NOT NULL AND f.source_due_on <> f.effective_due_on
  {{filters}}
