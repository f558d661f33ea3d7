using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// A fingerprint of everything a petition's row in the marts says. Equal fingerprints mean a re-load has
/// nothing to change, which is what makes loading the same export twice a no-op.
/// </summary>
internal static class RowHash
{
    public static string Of(CanonicalPetition p)
    {
        var text = string.Join('\u001f',
            p.Radicado, Indicators.Terms.PetitionTypes.Code(p.Type), p.Channel.Code, p.DependencyKey, p.TopicKey,
            Date(p.FiledOn), Date(p.AnsweredOn), p.TermDays, Date(p.Terms.DueOn), Date(p.Terms.ExtendedDueOn),
            p.Terms.ExtensionValid, Date(p.Terms.EffectiveDueOn), p.Terms.BusinessDaysToAnswer, Date(p.SourceDueOn),
            p.Transferred, p.PetitionerType, p.PetitionerHash);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "";
}
