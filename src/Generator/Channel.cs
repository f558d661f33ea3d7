namespace IndicadoresServicio.Generator;

/// <summary>How a petition reached the entity (canal de recepción).</summary>
public enum Channel
{
    Presencial,
    Telefonico,
    Virtual,
    Correo,
    Escrito,
    Redes,
}
