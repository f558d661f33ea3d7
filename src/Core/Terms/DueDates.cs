using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Core.Terms;

/// <summary>Due dates of petitions (Ley 1755 de 2015, art. 14) on an entity's business calendar.</summary>
public static class DueDates
{
    /// <summary>The N-th business day after filing, N being the type's term; null when the type has no term.</summary>
    public static DateOnly? DueOn(BusinessCalendar calendar, PetitionType type, DateOnly filedOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return LegalTerms.TermDays(type, filedOn) is { } n ? calendar.AddBusinessDays(filedOn, n) : null;
    }

    /// <summary>
    /// Due date, extension check, effective due date and response time (business days after filing up to and
    /// including the answer) of one petition.
    /// </summary>
    public static PetitionTerms Evaluate(BusinessCalendar calendar, PetitionFacts facts)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(facts);

        int? businessDaysToAnswer = facts.AnsweredOn is { } answered
            ? calendar.BusinessDaysBetween(facts.FiledOn, answered)
            : null;
        var hasExtension = facts.ExtensionDueOn is not null || facts.ExtensionDays is not null;

        if (LegalTerms.TermDays(facts.Type, facts.FiledOn) is not { } n)
            return hasExtension
                ? new(null, facts.ExtensionDueOn, false, "la felicitación no tiene término que prorrogar", null, businessDaysToAnswer)
                : new(null, null, null, null, null, businessDaysToAnswer);

        var due = calendar.AddBusinessDays(facts.FiledOn, n);
        if (!hasExtension)
            return new(due, null, null, null, due, businessDaysToAnswer);

        var (extended, problem) = CheckExtension(calendar, facts, n, due);
        return problem is null
            ? new(due, extended, true, null, extended, businessDaysToAnswer)
            // An invalid extension is flagged and the original due date stands.
            : new(due, extended, false, problem, due, businessDaysToAnswer);
    }

    /// <summary>The extended due date and, when the extension is not valid, why (in Spanish, for the report).</summary>
    private static (DateOnly? ExtendedDueOn, string? Problem) CheckExtension(
        BusinessCalendar calendar, PetitionFacts facts, int n, DateOnly due)
    {
        DateOnly extended;
        if (facts.ExtensionDueOn is { } extendedDueOn)
            extended = extendedDueOn;
        else if (facts.ExtensionDays is { } days and >= 0)
            extended = calendar.AddBusinessDays(facts.FiledOn, n + days);
        else
            return (null, $"la prórroga de {facts.ExtensionDays} días hábiles no es válida");

        var latest = calendar.AddBusinessDays(facts.FiledOn, 2 * n);
        if (extended > latest)
            return (extended, $"la prórroga supera el doble del término (máximo {latest:O})");
        // The law lets the entity extend "before the term expires": notifying on the due date itself is in time.
        if (facts.ExtensionNotifiedOn > due)
            return (extended, "la prórroga se notificó después del vencimiento");
        if (extended < due)
            return (extended, $"la prórroga vence antes que el término inicial ({due:O})");
        return (extended, null);
    }
}
