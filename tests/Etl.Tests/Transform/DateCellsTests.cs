using System.Globalization;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Tests.Transform;

public sealed class DateCellsTests
{
    private static readonly string[] IsoFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss"];

    public static TheoryData<string[]> Profiles => new()
    {
        new[] { "dd/MM/yyyy HH:mm", "dd/MM/yyyy" },
        new[] { "dd/MM/yyyy" },
        new[] { "MM/dd/yyyy", "dd/MM/yyyy", "dd/MM/yyyy HH:mm" },
        new[] { "dd/MM/yyyy", "MM/dd/yyyy HH:mm", "dd/MM/yyyy HH:mm" },
        new[] { "yyyy-MM-dd" },
    };

    /// <summary>
    /// The day-first cells read by hand must come out exactly as the general parser reads them, rejections
    /// included, whatever formats the profile lists and in whatever order.
    /// </summary>
    [Theory, MemberData(nameof(Profiles))]
    public void Reading_by_hand_agrees_with_the_general_parser(string[] formats)
    {
        var cells = new DateCells(formats);
        var all = formats.Concat(IsoFormats).Distinct().ToArray();
        var random = new Random(20261125);
        var texts = new List<string>
        {
            "27/03/2024", "27/03/2024 09:15", "31/02/2024", "29/02/2024", "29/02/2023", "00/01/2024", "01/00/2024", "01/13/2024",
            "12/04/2024", "04/12/2024 23:59", "04/12/2024 24:00", "04/12/2024 23:60", "04/12/2024 7:05", "4/12/2024", "04/12/24",
            "04-12-2024", "04/12/2024  09:15", "04/12/2024T09:15", "04/12/0000", "31/12/9999", "01/01/0001 00:00", "ab/cd/efgh",
            "04/12/2024 09:15:00", "2024-04-12", "١٢/٠٤/٢٠٢٤",
        };
        for (var i = 0; i < 5000; i++)
        {
            var text = $"{random.Next(0, 40):00}/{random.Next(0, 15):00}/{random.Next(1995, 2035):0000}";
            texts.Add(random.Next(2) == 0 ? text : $"{text} {random.Next(0, 26):00}:{random.Next(0, 62):00}");
        }

        foreach (var text in texts)
        {
            var expected = DateTime.TryParseExact(text, all, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
                ? DateOnly.FromDateTime(parsed) : (DateOnly?)null;
            var read = cells.TryParse(text, out var date) ? date : (DateOnly?)null;
            read.Should().Be(expected, $"«{text}» with formats {string.Join(", ", formats)}");
        }
    }
}

public sealed class DateCellsDesignatorTests
{
    private static readonly DateCells GoogleForms = new(["yyyy/MM/dd h:mm:ss tt", "d/MM/yyyy H:mm:ss"]);

    [Theory]
    [InlineData("2024/03/05 10:15:32 a. m. GMT-5", 2024, 3, 5)]
    [InlineData("2024/03/05 10:15:32\u202Fa.\u202Fm. GMT-5", 2024, 3, 5)]
    [InlineData("2024/03/05 10:15:32\u00A0p. m.", 2024, 3, 5)]
    [InlineData("2024/03/05 11:59:59 p.m. GMT-05:00", 2024, 3, 5)]
    [InlineData("2024/03/05 12:30:00 a. m.", 2024, 3, 5)]
    [InlineData("2024/03/05 1:02:03 PM", 2024, 3, 5)]
    [InlineData("2024/03/05 1:02:03 am", 2024, 3, 5)]
    [InlineData("2024/03/05 1:02:03PM UTC", 2024, 3, 5)]
    [InlineData("9/08/2026 23:59:59", 2026, 8, 9)]
    [InlineData("9/08/2026\u00A023:59:59", 2026, 8, 9)]
    public void Google_Forms_time_stamps_are_read_with_any_space_and_designator_and_the_zone_ignored(string text, int year, int month, int day)
    {
        GoogleForms.TryParse(text, out var date).Should().BeTrue(text);
        date.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("2024/03/05 13:15:32 p. m.")]
    [InlineData("2024/03/05 10:15:32 x. m.")]
    [InlineData("2024/03/05 10:15:32 a. m. GMT-5 extra")]
    public void Stamps_that_are_not_dates_are_still_refused(string text)
    {
        GoogleForms.TryParse(text, out _).Should().BeFalse(text);
    }

    [Fact]
    public void Normalizing_makes_every_space_plain_and_the_designator_invariant()
    {
        DateCells.Normalized("2024/03/05 10:15:32\u202Fp.\u00A0m.  GMT-5").Should().Be("2024/03/05 10:15:32 PM");
    }
}
