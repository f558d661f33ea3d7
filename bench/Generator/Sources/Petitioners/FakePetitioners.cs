using System.Text;
using IndicadoresServicio.Generator.Randomness;
using IndicadoresServicio.Indicators.Text;

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
        var given = Pick(woman ? ColombianNames.WomenGivenNames : ColombianNames.MenGivenNames);
        if (random.Chance(0.45))
            given += " " + Pick(woman ? ColombianNames.WomenSecondNames : ColombianNames.MenSecondNames);
        var first = Pick(ColombianNames.Surnames);
        var second = Pick(ColombianNames.Surnames);
        var name = $"{given} {first} {second}";
        // Cédulas issued since 2004 start at 1.000.000.000; older ones have 7 or 8 digits; minors have a tarjeta de identidad.
        var id = minor || random.Chance(0.45)
            ? (1_000_000_000 + random.NextLong(130_000_000)).ToString()
            : (random.Chance(0.3) ? 1_000_000 + random.NextLong(9_000_000) : 10_000_000 + random.NextLong(89_999_999)).ToString();
        return new Petitioner(
            name.ToUpperInvariant(),
            id,
            Phone(),
            random.Chance(0.8) ? Email(given, first) : "",
            random.Chance(0.9) ? Address() : "");
    }

    private Petitioner Company()
    {
        var surname = Pick(ColombianNames.Surnames);
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

    private string Email(string given, string surname)
    {
        var user = new StringBuilder(TextKey.Slug(given.Split(' ')[0]));
        user.Append(random.Chance(0.5) ? '.' : '_').Append(TextKey.Slug(surname));
        if (random.Chance(0.6))
            user.Append(random.Between(1, 99));
        return $"{user}@{Pick(ColombianNames.MailDomains)}";
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

    private string Pick(IReadOnlyList<string> options) => options[random.Next(options.Count)];

    /// <summary>The DIAN's modulo-11 check digit of a NIT.</summary>
    private static int NitCheckDigit(long nit)
    {
        var digits = nit.ToString().PadLeft(NitWeights.Length, '0');
        var sum = 0;
        for (var i = 0; i < NitWeights.Length; i++)
            sum += (digits[i] - '0') * NitWeights[i];
        var remainder = sum % 11;
        return remainder > 1 ? 11 - remainder : remainder;
    }
}
