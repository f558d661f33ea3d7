namespace IndicadoresServicio.Dashboard.Web.Tables;

/// <summary>The three colours of a traffic light (semáforo).</summary>
public enum LightColour
{
    Verde,
    Amarillo,
    Rojo,
}

/// <summary>
/// A traffic-light cell. It always carries its words (<see cref="Label"/>): colour alone says nothing to a
/// colour-blind reader, a grey printout or a downloaded spreadsheet, which gets the label.
/// </summary>
public sealed record TrafficLight(LightColour Colour, string Label)
{
    public string CssClass => Colour switch
    {
        LightColour.Verde => "semaforo semaforo-verde",
        LightColour.Amarillo => "semaforo semaforo-amarillo",
        _ => "semaforo semaforo-rojo",
    };

    public override string ToString() => Label;
}
