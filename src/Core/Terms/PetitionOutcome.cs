namespace IndicadoresServicio.Core.Terms;

/// <summary>
/// The part of a petition's status that does not depend on the cut-off, as <c>fct_petition.outcome_code</c>
/// stores it: whether it has a term and a due date, and, if it was answered, on time or late and in how many
/// business days. The measures compare <c>answered_on</c> with each query's cut-off and, for the rows answered by
/// then, use this code as their status; only the open ones compare due dates.
/// </summary>
/// <remarks>
/// The warehouse defines the same formula as <c>petition_outcome_code(...)</c> (migration 0007, a DuckDB macro
/// and a PostgreSQL function), used by the merge from staging and to fill existing rows. This copy serves the bulk
/// writers, which cannot evaluate SQL per row; a test checks that both agree.
/// </remarks>
public static class PetitionOutcome
{
    /// <summary>Felicitación: no term, never late.</summary>
    public const int NoTerm = 1;

    /// <summary>Answered on or before its effective due date.</summary>
    public const int AnsweredOnTime = 2;

    /// <summary>Answered after its effective due date.</summary>
    public const int AnsweredLate = 3;

    /// <summary>A term but no due date (bad data): counted as filed, and as answered when it was.</summary>
    public const int NoDueDate = 4;

    /// <summary>Not answered, with a term and a due date.</summary>
    public const int NotAnswered = 5;

    /// <summary>
    /// The kind lives in the low three bits; above them the slot: the response time plus two, or one when there is
    /// none. Never zero, so a stored code is at least 8 and the measures keep 0 to 7 for the open statuses.
    /// </summary>
    public const int SlotFactor = 8;

    public static int Code(int? termDays, DateOnly? effectiveDueOn, DateOnly? answeredOn, int? businessDaysToAnswer)
    {
        var kind = termDays is null ? NoTerm
            : effectiveDueOn is null ? NoDueDate
            : answeredOn is null ? NotAnswered
            : answeredOn <= effectiveDueOn ? AnsweredOnTime
            : AnsweredLate;
        return kind + SlotFactor * (businessDaysToAnswer is { } days ? days + 2 : 1);
    }
}
