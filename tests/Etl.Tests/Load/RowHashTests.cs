using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Etl.Tests.Load;

public sealed class RowHashTests
{
    /// <summary>
    /// The fingerprint is stored in fct_petition: if it changed between versions, the first re-load after an
    /// upgrade would rewrite every petition. This is the text it has always hashed, written the plain way.
    /// </summary>
    private static string AsItWasAlwaysComputed(CanonicalPetition p)
    {
        static string Date(DateOnly? date) => date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "";
        var text = string.Join('\u001f',
            p.Radicado, PetitionTypes.Code(p.Type), p.Channel.Code, p.DependencyKey, p.TopicKey,
            Date(p.FiledOn), Date(p.AnsweredOn), p.TermDays, Date(p.Terms.DueOn), Date(p.Terms.ExtendedDueOn),
            p.Terms.ExtensionValid, Date(p.Terms.EffectiveDueOn), p.Terms.BusinessDaysToAnswer, Date(p.SourceDueOn),
            p.Transferred, p.PetitionerType, p.PetitionerHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..16]);
    }

    public static TheoryData<CanonicalPetition> Petitions => new()
    {
        new(2, "2024-0001", PetitionType.Peticion, new Channel("presencial", "VENTANILLA", true), "Secretaría de Hacienda",
            "secretaria de hacienda", true, "Impuesto predial", "impuesto predial", new DateOnly(2024, 3, 27), new DateOnly(2024, 4, 10), 15,
            new PetitionTerms(new DateOnly(2024, 4, 19), null, null, null, new DateOnly(2024, 4, 19), 8), new DateOnly(2024, 4, 19),
            false, "natural", "a1b2c3"),
        new(3, "ñandú-€-ü", PetitionType.Felicitacion, new Channel("otro-fax", "FAX", false), "Oficina Nueva", "oficina nueva",
            false, null, null, new DateOnly(2031, 12, 31), null, null, new PetitionTerms(null, new DateOnly(2032, 1, 5), true, null, null, null),
            null, true, null, null),
        new(4, new string('9', 300), PetitionType.Consulta, new Channel("virtual", "PAGINA WEB", true), new string('x', 500), new string('x', 500),
            true, new string('t', 2000), new string('t', 2000), new DateOnly(2020, 4, 1), new DateOnly(2020, 6, 30), 35,
            new PetitionTerms(new DateOnly(2020, 5, 28), new DateOnly(2020, 7, 10), false, "tarde", new DateOnly(2020, 5, 28), 60),
            null, false, "juridica", new string('h', 64)),
    };

    [Theory, MemberData(nameof(Petitions))]
    public void The_fingerprint_hashes_the_same_text_it_always_has(CanonicalPetition petition) =>
        RowHash.Of(petition).Should().Be(AsItWasAlwaysComputed(petition));

    private static IEnumerable<CanonicalPetition> Samples() => ((IEnumerable<object[]>)Petitions).Select(row => (CanonicalPetition)row[0]);

    /// <summary>Dates are written digit by digit now; every width of year must still read as "yyyyMMdd" did.</summary>
    [Fact]
    public void Dates_of_every_width_hash_as_the_format_string_wrote_them()
    {
        var template = Samples().First();
        foreach (var date in new[] { DateOnly.MinValue, new DateOnly(9, 9, 9), new DateOnly(99, 10, 31), new DateOnly(999, 1, 1),
                     new DateOnly(1999, 12, 31), DateOnly.MaxValue })
        {
            var petition = template with { FiledOn = date, AnsweredOn = date, Terms = template.Terms with { DueOn = date } };
            RowHash.Of(petition).Should().Be(AsItWasAlwaysComputed(petition), date.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Each thread reuses one SHA-256 context; fingerprints taken at once on many threads must not mix.</summary>
    [Fact]
    public void Fingerprints_taken_on_many_threads_at_once_stay_right()
    {
        var petitions = Samples().ToArray();
        Parallel.For(0, 20_000, i =>
        {
            var petition = petitions[i % petitions.Length] with { Line = i, Radicado = $"R-{i}" };
            RowHash.Of(petition).Should().Be(AsItWasAlwaysComputed(petition));
        });
    }
}
