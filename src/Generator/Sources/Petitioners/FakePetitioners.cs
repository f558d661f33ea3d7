using System.Globalization;
using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Generator.Sources.Petitioners;

/// <summary>
/// Invents plausible Colombian petitioners: two given names or one and two surnames, cédulas of the right length
/// for the person's generation, mobile numbers of Colombian operators, landlines in the 60X format of 2021,
/// urban addresses in the "Calle 12 # 34-56" style and rural ones by vereda. Companies carry a NIT with its check
/// digit. Drawn from a random stream of their own, so personal data never change the petitions themselves.
/// </summary>
internal sealed class FakePetitioners(DeterministicRandom random)
{
    private static readonly string[] StreetKinds = ["Calle", "Carrera", "Avenida", "Diagonal", "Transversal"];
    private static readonly int[] MobilePrefixes = [300, 301, 302, 304, 305, 310, 311, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 322, 323, 350, 351];
    private static readonly int[] NitWeights = [41, 37, 29, 23, 19, 17, 13, 7, 3];

    // Upper-cased and slugged once: folding accents for every one of ten million rows would dominate the run.
    private static readonly NamePart[] WomenGivenNames = NamePart.All(ColombianNames.WomenGivenNames);
    private static readonly NamePart[] WomenSecondNames = NamePart.All(ColombianNames.WomenSecondNames);
    private static readonly NamePart[] MenGivenNames = NamePart.All(ColombianNames.MenGivenNames);
    private static readonly NamePart[] MenSecondNames = NamePart.All(ColombianNames.MenSecondNames);
    private static readonly NamePart[] Surnames = NamePart.All(ColombianNames.Surnames);

    public Petitioner For(PetitionerType type) => type switch
    {
        PetitionerType.Anonimo => Petitioner.Anonymous,
        PetitionerType.Juridica => Company(),
        PetitionerType.NinoNinaAdolescente => Person(minor: true),
        _ => Person(minor: false),
    };

    private Petitioner Person(bool minor)
    {
        var woman = random.Chance(0.55);
        var given = Pick(woman ? WomenGivenNames : MenGivenNames);
        var secondName = random.Chance(0.45) ? Pick(woman ? WomenSecondNames : MenSecondNames).Upper + " " : "";
        var first = Pick(Surnames);
        var second = Pick(Surnames);
        var name = string.Concat(given.Upper, " ", secondName, first.Upper, " ", second.Upper);
        // Cédulas issued since 2004 start at 1.000.000.000; older ones have 7 or 8 digits; minors have a tarjeta de identidad.
        var id = minor || random.Chance(0.45)
            ? 1_000_000_000 + random.NextLong(130_000_000)
            : random.Chance(0.3) ? 1_000_000 + random.NextLong(9_000_000) : 10_000_000 + random.NextLong(89_999_999);
        return new Petitioner(
            name,
            id.ToString(CultureInfo.InvariantCulture),
            Phone(),
            random.Chance(0.8) ? Email(given.Slug, first.Slug) : "",
            random.Chance(0.9) ? Address() : "");
    }

    private Petitioner Company()
    {
        var surname = Pick(Surnames).Text;
        var organisation = random.Chance(0.25);
        var kind = Pick(organisation ? ColombianNames.Organisations : ColombianNames.CompanyWords);
        var name = organisation
            ? $"{kind} {Pick(ColombianNames.Neighbourhoods)}"
            : $"{kind} {surname} {Pick(ColombianNames.CompanySuffixes)}";
        var nit = 800_000_000 + random.NextLong(200_000_000);
        var domain = TextKey.Slug(organisation ? name : $"{kind} {surname}").Replace("-", "");
        var email = $"contacto@{domain}{(organisation ? ".org.co" : ".com.co")}";
        return new Petitioner(name.ToUpperInvariant(), $"{nit}-{NitCheckDigit(nit)}", Phone(), email, Address());
    }

    private string Phone() => random.Chance(0.85)
        ? $"{MobilePrefixes[random.Next(MobilePrefixes.Length)]}{random.Between(1_000_000, 9_999_999)}"
        : $"60{random.Between(1, 8)}{random.Between(2_000_000, 8_999_999)}";

    private string Email(string givenSlug, string surnameSlug)
    {
        var separator = random.Chance(0.5) ? "." : "_";
        var number = random.Chance(0.6) ? random.Between(1, 99).ToString(CultureInfo.InvariantCulture) : "";
        return string.Concat(givenSlug, separator, surnameSlug, number, "@", Pick(ColombianNames.MailDomains));
    }

    private string Address()
    {
        if (random.Chance(0.12))
            return $"{Pick(ColombianNames.Villages)}, finca {Pick(ColombianNames.Surnames)}";
        var address = $"{Pick(StreetKinds)} {random.Between(1, 120)} # {random.Between(1, 99)}-{random.Between(1, 99):D2}";
        if (random.Chance(0.25))
            address += $" apto {random.Between(1, 12)}0{random.Between(1, 4)}";
        return address + $", barrio {Pick(ColombianNames.Neighbourhoods)}";
    }

    private T Pick<T>(IReadOnlyList<T> options) => options[random.Next(options.Count)];

    /// <summary>The DIAN's modulo-11 check digit of a NIT.</summary>
    private static int NitCheckDigit(long nit)
    {
        var digits = nit.ToString(CultureInfo.InvariantCulture).PadLeft(NitWeights.Length, '0');
        var sum = 0;
        for (var i = 0; i < NitWeights.Length; i++)
            sum += (digits[i] - '0') * NitWeights[i];
        var remainder = sum % 11;
        return remainder > 1 ? 11 - remainder : remainder;
    }

    private readonly record struct NamePart(string Text, string Upper, string Slug)
    {
        public static NamePart[] All(IEnumerable<string> names) =>
            names.Select(n => new NamePart(n, n.ToUpperInvariant(), TextKey.Slug(n).Replace("-", ""))).ToArray();
    }
}
