using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace IndicadoresServicio.Generator.Sources;

/// <summary>
/// Makes an Open XML package byte-stable. MiniExcel stamps every zip entry with the current time and names the
/// sheet's relationship with a fresh GUID, so two runs with the same seed would differ; this rewrites the package
/// with one fixed timestamp and the GUIDs replaced by sequential ids. Large parts (the sheet) are copied as streams.
/// </summary>
internal static partial class DeterministicZip
{
    private const long SmallPart = 1 << 20;
    private static readonly UTF8Encoding Utf8WithoutPreamble = new(encoderShouldEmitUTF8Identifier: false);

    [GeneratedRegex("R[0-9a-f]{32}")]
    private static partial Regex GeneratedRelationshipId();

    public static void Normalize(string path, DateTime timestamp)
    {
        var normalized = path + ".tmp";
        File.Delete(normalized); // left over by a run that was killed halfway
        using (var source = ZipFile.OpenRead(path))
        {
            var ids = RelationshipIds(source);
            using var target = ZipFile.Open(normalized, ZipArchiveMode.Create);
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = timestamp;
                using var input = entry.Open();
                using var output = copy.Open();
                if (entry.Length <= SmallPart && ids.Count > 0)
                {
                    // An encoding without preamble, so that the parts' byte-order marks are kept as they were.
                    using var reader = new StreamReader(input, Utf8WithoutPreamble, detectEncodingFromByteOrderMarks: false);
                    var text = GeneratedRelationshipId().Replace(reader.ReadToEnd(), m => ids.GetValueOrDefault(m.Value, m.Value));
                    var bytes = Utf8WithoutPreamble.GetBytes(text);
                    output.Write(bytes);
                }
                else
                {
                    input.CopyTo(output);
                }
            }
        }
        File.Move(normalized, path, overwrite: true);
    }

    private static Dictionary<string, string> RelationshipIds(ZipArchive package)
    {
        var ids = new Dictionary<string, string>();
        foreach (var entry in package.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            foreach (Match match in GeneratedRelationshipId().Matches(reader.ReadToEnd()))
                ids.TryAdd(match.Value, $"rIdGen{ids.Count + 1}");
        }
        return ids;
    }
}
