using System.Text;

namespace IndicadoresServicio.Generator.Sources;

/// <summary>
/// The Windows Western code page most Colombian document systems still export in. Strict both ways: a character
/// the code page cannot hold must fail the generation, not turn silently into '?'.
/// </summary>
internal static class Windows1252
{
    public const string Name = "windows-1252";

    public static Encoding Strict { get; } = Create();

    private static Encoding Create()
    {
        // The code page lives in a provider .NET does not register by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
