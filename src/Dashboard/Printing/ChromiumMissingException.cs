namespace IndicadoresServicio.Dashboard.Printing;

/// <summary>The PDFs need the system's Chromium, which is not there: the message says how to install it.</summary>
public sealed class ChromiumMissingException(string path)
    : Exception($"Para imprimir informes en PDF hace falta Chromium y no está en {path}. " +
        "Instálelo con «apt-get install chromium» (o indique otra ruta en la variable INDICADORES_CHROMIUM).");
