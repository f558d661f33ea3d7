using System.Globalization;
using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// A fingerprint of everything a petition's row in the marts says. Equal fingerprints mean a re-load has
/// nothing to change, which is what makes loading the same export twice a no-op.
/// </summary>
/// <remarks>
/// The text hashed is fixed: the fields joined by U+001F, empty for null, dates as yyyyMMdd, booleans as
/// True/False. Changing it would make the first load after an upgrade rewrite every petition. It is written
/// into one rented buffer rather than joined from boxed values: at a million rows the allocations cost more
/// than the SHA-256 itself. For the same reason each thread keeps one SHA-256 context and resets it, where the
/// one-shot <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/> sets up and frees a new one per row.
/// </remarks>
internal static class RowHash
{
    private const char Separator = '\u001f';

    [ThreadStatic]
    private static IncrementalHash? _sha256;

    public static string Of(CanonicalPetition p)
    {
        var capacity = 160 + p.Radicado.Length + p.Channel.Code.Length + p.DependencyKey.Length + (p.TopicKey?.Length ?? 0)
            + (p.PetitionerType?.Length ?? 0) + (p.PetitionerHash?.Length ?? 0);
        var chars = ArrayPool<char>.Shared.Rent(capacity);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(capacity));
        try
        {
            var at = 0;
            Add(chars, ref at, p.Radicado);
            Add(chars, ref at, Core.Terms.PetitionTypes.Code(p.Type));
            Add(chars, ref at, p.Channel.Code);
            Add(chars, ref at, p.DependencyKey);
            Add(chars, ref at, p.TopicKey);
            Add(chars, ref at, p.FiledOn);
            Add(chars, ref at, p.AnsweredOn);
            Add(chars, ref at, p.TermDays);
            Add(chars, ref at, p.Terms.DueOn);
            Add(chars, ref at, p.Terms.ExtendedDueOn);
            Add(chars, ref at, p.Terms.ExtensionValid);
            Add(chars, ref at, p.Terms.EffectiveDueOn);
            Add(chars, ref at, p.Terms.BusinessDaysToAnswer);
            Add(chars, ref at, p.SourceDueOn);
            Add(chars, ref at, p.Transferred);
            Add(chars, ref at, p.PetitionerType);
            Put(chars, ref at, p.PetitionerHash);
            var length = Encoding.UTF8.GetBytes(chars.AsSpan(0, at), bytes);
            Span<byte> hash = stackalloc byte[32];
            var sha256 = _sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            sha256.AppendData(bytes, 0, length);
            sha256.GetHashAndReset(hash);
            return Convert.ToHexStringLower(hash[..16]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // Each field followed by the separator, as string.Join of the values would write it.
    private static void Add(char[] text, ref int at, string? value)
    {
        Put(text, ref at, value);
        text[at++] = Separator;
    }

    private static void Add(char[] text, ref int at, DateOnly? value)
    {
        if (value is { } date)
        {
            // yyyyMMdd by hand: the custom-format parser cost more than the rest of the row's text.
            Digits(text, ref at, date.Year, 4);
            Digits(text, ref at, date.Month, 2);
            Digits(text, ref at, date.Day, 2);
        }
        text[at++] = Separator;
    }

    private static void Digits(char[] text, ref int at, int value, int width)
    {
        for (var i = at + width - 1; i >= at; i--, value /= 10)
            text[i] = (char)('0' + value % 10);
        at += width;
    }

    private static void Add(char[] text, ref int at, int? value)
    {
        if (value is { } number)
        {
            // string.Join formats with the current culture; a day count is never negative, so no sign can differ.
            number.TryFormat(text.AsSpan(at), out var written, provider: CultureInfo.InvariantCulture);
            at += written;
        }
        text[at++] = Separator;
    }

    private static void Add(char[] text, ref int at, bool? value) =>
        Add(text, ref at, value switch { true => bool.TrueString, false => bool.FalseString, null => null });

    private static void Put(char[] text, ref int at, string? value)
    {
        if (value is null)
            return;
        value.CopyTo(text.AsSpan(at));
        at += value.Length;
    }
}
