using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Dashboard.Web.Tables;

namespace IndicadoresServicio.Dashboard.Web.Plan;

/// <summary>
/// A plan band (sobresaliente .. crítico) as a table cell and a chart colour. The cell always carries the band's word
/// (colour alone says nothing to a colour-blind reader or a grey printout); the colours are the Okabe-Ito palette's.
/// </summary>
public static class PlanBandCell
{
    public const string NotProgrammed = "sin programación al corte";

    public static object Cell(string? band) => band switch
    {
        null => NotProgrammed,
        "sobresaliente" or "satisfactorio" => new TrafficLight(LightColour.Verde, Word(band)),
        "medio" => new TrafficLight(LightColour.Amarillo, Word(band)),
        _ => new TrafficLight(LightColour.Rojo, Word(band)),
    };

    public static string Colour(string? band) => band switch
    {
        "sobresaliente" => Palette.BluishGreen,
        "satisfactorio" => Palette.SkyBlue,
        "medio" => Palette.Yellow,
        "bajo" => Palette.Orange,
        "crítico" => Palette.Vermillion,
        _ => "#bdbdbd",
    };

    /// <summary>"Sobresaliente", capitalised for a cell.</summary>
    public static string Word(string? band) => band is null ? NotProgrammed : char.ToUpperInvariant(band[0]) + band[1..];
}
