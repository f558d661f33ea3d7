namespace IndicadoresServicio.Core.Terms;

/// <summary>Where a petition stands at a cut-off date with respect to its due date.</summary>
public enum PetitionStatus
{
    /// <summary>Answered on or before its due date.</summary>
    Oportuno,

    /// <summary>Answered after its due date.</summary>
    NoOportuno,

    /// <summary>Not answered yet, and the cut-off is on or before the due date.</summary>
    ATiempo,

    /// <summary>Not answered, and the cut-off is after the due date.</summary>
    Vencido,

    /// <summary>No term (felicitaciones): never overdue.</summary>
    SinTermino,

    /// <summary>A term but no due date (bad data): counted as filed, and in no status of the indicators.</summary>
    SinVencimiento,
}
