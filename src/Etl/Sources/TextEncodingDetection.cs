using System.Buffers;
using System.Text;
using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Chooses how to decode a text export when the profile does not say. A byte-order mark settles it;
/// otherwise the first 64 KB decide: valid UTF-8 means UTF-8, and so does mostly-valid UTF-8 (more
/// well-formed multi-byte characters than broken bytes: a UTF-8 export with a few pasted-in
/// windows-1252 rows); anything else is windows-1252.
/// Why this works: windows-1252 text with accents ("Radicación", "Peña") practically never forms valid
/// UTF-8 sequences, and accents show up in the header or first rows of Spanish exports, well inside
/// 64 KB; 64 KB keeps detection instant on million-row files. Reading a mixed file as UTF-8 turns its
/// few foreign rows into per-row problems instead of garbling every accent in the file. If a
/// windows-1252 file is pure ASCII for its first 64 KB, later accents decode as U+FFFD and those rows
/// come back as problems naming the column, never as silently wrong text; "codificacion" in the profile fixes it.
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
        using (var stream = SourceFileChecks.OpenShared(path))
            length = stream.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        var bytes = sample.AsSpan(0, length);

        if (bytes.StartsWith("\uFEFF"u8))
            return (ProfileEncodings.Utf8, "Codificación detectada: UTF-8 (con BOM).");
        var (wellFormed, broken) = CountUtf8(bytes);
        if (broken == 0)
            return (ProfileEncodings.Utf8, "Codificación detectada: UTF-8.");
        if (wellFormed > broken)
            return (ProfileEncodings.Utf8, "Codificación detectada: UTF-8, con algunas filas en otra codificación que se reportan como problemas.");
        return (ProfileEncodings.Windows1252, "Codificación detectada: windows-1252 (el archivo no es UTF-8 válido).");
    }

    /// <summary>Well-formed multi-byte UTF-8 characters and broken sequences. A character cut by the end of the sample counts as neither.</summary>
    private static (int WellFormed, int Broken) CountUtf8(ReadOnlySpan<byte> bytes)
    {
        int wellFormed = 0, broken = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == OperationStatus.NeedMoreData)
                break;
            if (status == OperationStatus.Done)
                wellFormed++;
            else
                broken++;
            i += Math.Max(consumed, 1);
        }
        return (wellFormed, broken);
    }
}
