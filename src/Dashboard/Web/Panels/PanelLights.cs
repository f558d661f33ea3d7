using IndicadoresServicio.Indicators.Catalogue;
using TableLight = IndicadoresServicio.Dashboard.Web.Tables.TrafficLight;
using LightColour = IndicadoresServicio.Dashboard.Web.Tables.LightColour;

namespace IndicadoresServicio.Dashboard.Web.Panels;

/// <summary>
/// The engine's semáforo as a table cell: verde, amarillo and rojo get the shared rendering (word and shape);
/// «sin datos» and «sin meta» judge nothing, so they stay plain words with no colour to misread.
/// </summary>
public static class PanelLights
{
    public static object Cell(TrafficLight light) => light switch
    {
        TrafficLight.Verde => new TableLight(LightColour.Verde, "Verde: cumple la meta"),
        TrafficLight.Amarillo => new TableLight(LightColour.Amarillo, "Amarillo: cerca de la meta"),
        TrafficLight.Rojo => new TableLight(LightColour.Rojo, "Rojo: no cumple la meta"),
        _ => TrafficLights.Code(light),
    };
}
