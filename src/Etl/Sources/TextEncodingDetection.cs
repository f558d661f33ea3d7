using System.Buffers;
using System.Text;
using System.Text.Unicode;
using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Chooses how to decode a text export when the profile does not say. A byte-order mark settles it;
/// otherwise the first 64 KB decide: if they are valid UTF-8 the file is UTF-8, else windows-1252.
/// Why this works: windows-1252 text with any accent ("Radicación", "Peña") is almost never valid
/// UTF-8, and accents show up in the header or the first rows of Spanish exports, well inside 64 KB.
/// 64 KB keeps detection instant on million-row files. If a windows-1252 file happens to be pure ASCII
/// for its first 64 KB, later accents decode as U+FFFD and those rows come back as problems naming
/// the column, never as silently wrong text; setting "codificacion" in the profile fixes it.
/// </summary>
internal static class TextEncodingDetection
{
    public const int SampleSize = 64 * 1024;

    public static (Encoding Encoding, string Notice) Choose(string path, MappingProfile profile)
    {
        if (profile.Encoding is not null && ProfileEncodings.TryResolve(profile.Encoding, out var named))
            return (named, $"Codificación indicada por el perfil: {named.WebName}.");

        var sample = new byte[SampleSize];
        int length;
        bool wholeFile;
        using (var stream = File.OpenRead(path))
        {
            length = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
            wholeFile = stream.Position == stream.Length;
        }
        var bytes = sample.AsSpan(0, length);

        if (bytes.StartsWith("\uFEFF"u8))
            return (ProfileEncodings.Utf8, "Codificación detectada: UTF-8 (con BOM).");
        if (IsUtf8(bytes, wholeFile))
            return (ProfileEncodings.Utf8, "Codificación detectada: UTF-8.");
        return (ProfileEncodings.Windows1252, "Codificación detectada: windows-1252 (el archivo no es UTF-8 válido).");
    }

    // The sample may cut a multi-byte character in half; that is "need more data", not invalid.
    private static bool IsUtf8(ReadOnlySpan<byte> bytes, bool wholeFile)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: wholeFile);
            return status is OperationStatus.Done or OperationStatus.NeedMoreData;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
