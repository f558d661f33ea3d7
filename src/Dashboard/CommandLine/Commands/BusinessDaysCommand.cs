using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>dias-habiles --desde A --hasta B</c>: the business days after A up to and including B.</summary>
public static class BusinessDaysCommand
{
    public static readonly Command Definition = new(
        "dias-habiles",
        "Cuenta los días hábiles después de una fecha hasta otra, inclusive.",
        """
        Uso: ./indicadores dias-habiles --desde AAAA-MM-DD --hasta AAAA-MM-DD [--entidad "Nombre"]

        Escribe cuántos días hábiles hay después de --desde y hasta --hasta, inclusive: es el tiempo de
        respuesta de una petición radicada el día --desde y respondida el día --hasta.
        Con --entidad se descuentan también los días no hábiles propios de la entidad
        (config/dias-no-habiles/<entidad>.txt; véase «./indicadores dias-no-habiles --help»).

        Ejemplo: ./indicadores dias-habiles --desde 2024-03-27 --hasta 2024-04-19     (escribe 15)

        """,
        Run);

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        var from = arguments.RequiredDate("desde");
        var to = arguments.RequiredDate("hasta");
        var calendar = EntityCalendars.From(arguments, context);
        arguments.RejectUnknown();
        CalendarRange.Check(from, "--desde");
        CalendarRange.Check(to, "--hasta");
        context.Out.WriteLine(calendar.BusinessDaysBetween(from, to));
        return Task.FromResult(0);
    }
}
