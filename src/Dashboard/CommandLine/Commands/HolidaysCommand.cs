using System.Globalization;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>festivos --anio 2025</c>: one <c>YYYY-MM-DD&lt;TAB&gt;nombre</c> line per holiday, sorted (a contract).</summary>
public static class HolidaysCommand
{
    public static readonly Command Definition = new(
        "festivos",
        "Lista los días festivos de Colombia de un año (Ley 51 de 1983).",
        """
        Uso: ./indicadores festivos --anio AAAA

        Escribe los festivos nacionales del año, uno por línea, ordenados: AAAA-MM-DD<TAB>nombre.
        Cuando dos fiestas caen el mismo día (2025-06-30) la línea es una sola y nombra ambas.
        Años admitidos: 1984 a 2100.

        Ejemplo: ./indicadores festivos --anio 2026

        """,
        Run);

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        var year = arguments.Integer("anio", ColombianHolidays.FirstYear, ColombianHolidays.LastYear)
                   ?? throw new UsageException("Falta la opción --anio (por ejemplo --anio 2026).");
        arguments.RejectUnknown();
        foreach (var holiday in ColombianHolidays.For(year))
            context.Out.WriteLine($"{holiday.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\t{holiday.Name}");
        return Task.FromResult(0);
    }
}
