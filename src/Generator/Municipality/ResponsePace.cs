namespace IndicadoresServicio.Generator.Municipality;

/// <summary>How soon a dependency usually answers the petitions it does answer on time.</summary>
internal enum ResponsePace
{
    /// <summary>Within 5 to 8 business days, whatever the term.</summary>
    Prompt,

    /// <summary>Somewhere between a third of the term and its end.</summary>
    Steady,

    /// <summary>On the due date or a few days before it.</summary>
    AtTheLimit,
}
