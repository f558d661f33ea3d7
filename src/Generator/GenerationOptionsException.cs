namespace IndicadoresServicio.Generator;

/// <summary>
/// Options the generator cannot work with (no output folder, a period that ends before it starts, a negative count);
/// the message is in Spanish and names the option, for the command line to show as it is.
/// </summary>
public sealed class GenerationOptionsException(string message) : ArgumentException(message);
