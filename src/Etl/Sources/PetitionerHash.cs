using System.Security.Cryptography;
using System.Text;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Pseudonymises a petitioner's document number so repeat petitioners can be counted without keeping
/// who they are (Ley 1581 de 2012). It is HMAC-SHA-256 keyed with a secret salt from configuration:
/// document numbers are few enough to brute-force, so an unsalted or public-salt hash would not protect them.
/// </summary>
public static class PetitionerHash
{
    /// <summary>The cell key under which readers put the hash in place of the id column.</summary>
    public const string CellKey = "id_peticionario_hash";

    /// <summary>Shorter salts are guessable; the check is here so every caller gets it.</summary>
    public const int MinimumSaltLength = 16;

    /// <summary>
    /// Lower-case hex hash of the id, or null when the id has no letters or digits. Only letters and
    /// digits count, upper-cased, so "1.234.567" and "1234567 " are the same petitioner.
    /// </summary>
    public static string? Of(string? id, string salt)
    {
        ArgumentException.ThrowIfNullOrEmpty(salt);
        var normalised = Normalise(id);
        if (normalised.Length == 0)
            return null;
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(salt), Encoding.UTF8.GetBytes(normalised));
        return Convert.ToHexStringLower(mac);
    }

    private static string Normalise(string? id)
    {
        var kept = new StringBuilder(id?.Length ?? 0);
        foreach (var c in id ?? "")
            if (char.IsLetterOrDigit(c))
                kept.Append(char.ToUpperInvariant(c));
        return kept.ToString();
    }
}
