using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>The business calendar a command uses: national, or with an entity's own non-working days (--entidad).</summary>
internal static class EntityCalendars
{
    public static BusinessCalendar From(Arguments arguments, CommandContext context)
    {
        var entity = arguments.Text("entidad");
        if (entity is null)
            return BusinessCalendar.National;
        return NonWorkingDaysFile.CalendarFor(context.Installation.NonWorkingDaysDirectory, entity);
    }
}
