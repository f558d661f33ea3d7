using System.Globalization;
using System.Reflection;
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

    /// <summary>
    /// The fingerprint's fields are listed by hand (its text may never change), so this checks them against the one
    /// description of fct_petition: each field of a petition is changed in turn, and whenever that changes an attribute
    /// column (what the merge rewrites), the fingerprint must change too. A column added to the description but not to
    /// the fingerprint fails here; so does one that no field of the petition reaches.
    /// </summary>
    [Fact]
    public void Every_attribute_column_of_the_fact_table_changes_the_fingerprint()
    {
        var attributes = PetitionTables.Fact.Columns
            .Where(c => c.Group == PetitionTables.Attributes && c.Name != "row_hash").ToList();
        var reached = new HashSet<string>();
        foreach (var petition in Samples())
            foreach (var (field, changed) in Changes(petition, ""))
            {
                var keys = new DimensionKeys(Enum.GetValues<PetitionType>().ToDictionary(t => t, t => (int)t + 1), [], [], []);
                var (before, after) = (Row(petition, keys), Row(changed, keys));
                foreach (var column in attributes.Where(c => !Equals(c.ValueOf(before), c.ValueOf(after))))
                {
                    reached.Add(column.Name);
                    RowHash.Of(changed).Should().NotBe(RowHash.Of(petition), $"changing {field} changes fct_petition.{column.Name}");
                }
            }
        reached.Should().BeEquivalentTo(attributes.Select(c => c.Name), "every attribute column is reached by some field of a petition");
    }

    /// <summary>The row the first load writes, its dimension ids resolved as the load resolves them (new members, by natural key).</summary>
    private static FactRow Row(CanonicalPetition petition, DimensionKeys keys) =>
        new(petition, RowHash.Of(petition), keys.Resolve(petition), 1, new FactContext(1, "ventanilla", 1, new DateTime(2024, 1, 1)));

    /// <summary>The record with one property changed, for every settable property, nested records (channel, terms) included.</summary>
    private static IEnumerable<(string Field, T Changed)> Changes<T>(T record, string path) where T : class
    {
        foreach (var property in typeof(T).GetProperties().Where(p => p.SetMethod is not null))
        {
            var value = property.GetValue(record);
            var name = path + property.Name;
            var changes = property.PropertyType == typeof(Channel) ? Changes((Channel)value!, name + ".").Select(c => (c.Field, (object?)c.Changed))
                : property.PropertyType == typeof(PetitionTerms) ? Changes((PetitionTerms)value!, name + ".").Select(c => (c.Field, (object?)c.Changed))
                : [(name, Other(value, property.PropertyType))];
            foreach (var (field, other) in changes)
            {
                var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(record, null)!;
                property.SetValue(copy, other);
                yield return (field, copy);
            }
        }
    }

    private static object? Other(object? value, Type type) => (value, Nullable.GetUnderlyingType(type) ?? type) switch
    {
        (string text, _) => text + "x",
        (null, var t) when t == typeof(string) => "x",
        (DateOnly date, _) => date.AddDays(1),
        (null, var t) when t == typeof(DateOnly) => new DateOnly(2024, 2, 29),
        (int number, _) => number + 1,
        (null, var t) when t == typeof(int) => 1,
        (long number, _) => number + 1,
        (bool flag, _) => !flag,
        (null, var t) when t == typeof(bool) => true,
        (PetitionType kind, _) => Enum.GetValues<PetitionType>().First(k => k != kind),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "A petition field this test does not know how to change: teach Other."),
    };
}
