using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Tests.Sources;

public sealed class ExcelSerialDateTests
{
    [Theory]
    [InlineData("45383", 2024, 4, 1, 0, 0, 0)]
    [InlineData("45383.5", 2024, 4, 1, 12, 0, 0)]
    [InlineData("45383.545138888889", 2024, 4, 1, 13, 5, 0)]
    [InlineData(" 45383 ", 2024, 4, 1, 0, 0, 0)]
    [InlineData("1", 1900, 1, 1, 0, 0, 0)]
    [InlineData("59", 1900, 2, 28, 0, 0, 0)]
    [InlineData("61", 1900, 3, 1, 0, 0, 0)]
    [InlineData("2958465", 9999, 12, 31, 0, 0, 0)]
    public void A_serial_number_becomes_the_date_Excel_shows(string cell, int year, int month, int day, int hour, int minute, int second)
    {
        ExcelSerialDate.TryParse(cell, out var date).Should().BeTrue();

        date.Should().Be(new DateTime(year, month, day, hour, minute, second));
    }

    [Theory]
    [InlineData("60")] // 1900-02-29: a day that only exists in Excel.
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("2958466")]
    [InlineData("45383,5")]
    [InlineData("4.5E4")]
    [InlineData("01/04/2024")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_a_serial_date(string? cell) =>
        ExcelSerialDate.TryParse(cell, out _).Should().BeFalse();
}
