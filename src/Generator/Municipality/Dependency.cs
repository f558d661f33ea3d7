namespace IndicadoresServicio.Generator.Municipality;

/// <summary>
/// A unit of the alcaldía that answers petitions (secretaría, oficina, instituto descentralizado).
/// </summary>
/// <param name="Name">The official name, as the warehouse shows it.</param>
/// <param name="Code">Three-digit code the document system puts inside radicados.</param>
/// <param name="Weight">Relative share of the petitions it receives.</param>
/// <param name="Topics">Its temas, most frequent first.</param>
internal sealed record Dependency(string Name, int Code, double Weight, ResponseHabit Habit, IReadOnlyList<string> Topics);
