using System.Globalization;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// When a load that did not fail must still not pass as fine: more than a share of its rows went to quarantine, or one
/// quote never closed and took the whole rest of the file into one row (1,998 good rows quarantined as one once
/// ended «exitosa» with exit code 0). Such a load ends «con advertencias» and the command exits with an error code.
/// </summary>
public static class QuarantineWarning
{
    public const double DefaultShare = 0.05;

    /// <summary>
    /// Below this many quarantined rows the share says nothing about the file (two bad rows of a twenty-row export
    /// are 10 %): they stay an ordinary quarantine, amber on Calidad de datos.
    /// </summary>
    public const int FewestRows = 10;

    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    internal static string? Of(IReadOnlyList<QuarantinedRow> quarantine, long read, double share)
    {
        if (quarantine.FirstOrDefault(r => r.SwallowsRest) is { } swallowing)
            return $"Una fila absorbió el resto del archivo desde la línea {swallowing.Line.ToString("N0", Colombia)}: {swallowing.Reason}.";
        if (quarantine.Count >= FewestRows && quarantine.Count > share * read)
            return $"Quedaron en cuarentena {quarantine.Count.ToString("N0", Colombia)} de {read.ToString("N0", Colombia)} filas " +
                $"({((double)quarantine.Count / read).ToString("P1", Colombia)}), más del {share.ToString("P0", Colombia)} que se acepta: revise el archivo y el perfil.";
        return null;
    }
}
