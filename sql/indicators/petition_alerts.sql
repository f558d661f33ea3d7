-- Marts: the alert list's petitions, from the fact table alone. Open petitions (no answer by @cut_off) filed in
-- [@from, @to] whose effective due date is at most @alert_days business days after the cut-off, or already past
-- it. Engine-neutral SQL. Parameters: @from, @to, @cut_off, @window_end, @first_day. Placeholder {{filters}} as in
-- petition_measures.sql.
-- "At most @alert_days business days after the cut-off" is "due on or before @window_end", the last day that far
-- (AlertWindow.End, checked against dim_date): business_day_index never decreases with the date, so comparing
-- dates says what comparing the two days' indexes would, and filtering and counting need no join to dim_date.
-- @first_day (dim_date's first day) and @window_end (never after its last) keep out due dates dim_date lacks, as the
-- join to it in petition_alert_rows.sql does; a NULL due date fails both comparisons.
-- Overdue is due_on < @cut_off. Only the rows shown go through petition_alert_rows.sql for their names and
-- business days left.
SELECT f.entity_id, f.dependency_id, f.type_id, f.radicado, f.filed_on, f.effective_due_on AS due_on
FROM fct_petition f
WHERE f.filed_on BETWEEN @from AND @to
  AND f.term_days IS NOT NULL
  AND (f.answered_on IS NULL OR f.answered_on > @cut_off)
  AND f.effective_due_on BETWEEN @first_day AND @window_end
  {{filters}}
