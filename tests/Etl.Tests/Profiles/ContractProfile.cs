namespace IndicadoresServicio.Etl.Tests.Profiles;

/// <summary>The minimal contract example, verbatim: it must keep loading as written.</summary>
public static class ContractProfile
{
    public const string Json = """
        {
          "fuente": "ventanilla-unica",
          "entidad": "Alcaldía de Ejemplo",
          "formato": "csv",
          "codificacion": "windows-1252",
          "separador": ";",
          "hoja": null,
          "fila_encabezado": null,
          "formatos_fecha": ["dd/MM/yyyy HH:mm", "dd/MM/yyyy"],
          "columnas": {"radicado": "No. Radicado", "radicado_el": "Fecha Radicación", "tipo": "Tipo de Solicitud",
                       "canal": "Medio de Recepción", "dependencia": "Dependencia", "tema": "Asunto",
                       "respondido_el": "Fecha Respuesta", "vencimiento_fuente": "Fecha Límite"},
          "valores": {"tipo": {"DERECHO DE PETICION": "peticion", "SOLICITUD DE INFORMACION": "informacion"},
                      "canal": {"VENTANILLA": "presencial", "PAGINA WEB": "virtual"}},
          "alias_dependencias": {"HACIENDA": "Secretaría de Hacienda"},
          "datos_personales": ["Nombre Peticionario", "Cédula", "Teléfono", "Correo"],
          "dias_no_habiles": ["2024-03-26", "2024-03-27"]
        }
        """;
}
