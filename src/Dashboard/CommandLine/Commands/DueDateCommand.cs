using System.Globalization;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>vencimiento</c>: the legal due date of a petition (Ley 1755 de 2015 art. 14, with the Decreto 491 regime
/// decided by the filing date). One date, or a batch of CSV lines from standard input. The output is a contract.
/// </summary>
public static class DueDateCommand
{
    public static readonly Command Definition = new(
        "vencimiento",
        "Calcula la fecha de vencimiento legal de una petición (o de un lote desde la entrada estándar).",
        $"""
        Uso: ./indicadores vencimiento --radicado-el AAAA-MM-DD --tipo TIPO [--entidad "Nombre"]
             ./indicadores vencimiento --lote [--entidad "Nombre"]  < peticiones.csv

        Escribe la fecha de vencimiento (AAAA-MM-DD): el N-ésimo día hábil después de la radicación, con N el
        término del tipo (15 días; 10 para información; 30 para consultas; ampliados por el Decreto 491 de 2020
        para lo radicado entre el 2020-03-28 y el 2022-05-16). Las felicitaciones no tienen término: la línea
        queda vacía.
        Tipos: {string.Join(", ", PetitionTypes.All.Select(PetitionTypes.Code))}.

        Con --lote lee líneas CSV «radicado_el,tipo» (un encabezado con esos nombres es opcional) y escribe
        «radicado_el,tipo,vencimiento» por cada una, en el mismo orden. Una línea mala se informa en la salida
        de errores con su número y columna, su vencimiento queda vacío, y el comando termina con código 2.

        Ejemplo: ./indicadores vencimiento --radicado-el 2024-03-27 --tipo peticion     (escribe 2024-04-19)

        """,
        Run,
        new HashSet<string> { "lote" });

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        var batch = arguments.Flag("lote");
        var calendar = EntityCalendars.From(arguments, context);
        if (batch)
        {
            arguments.RejectUnknown();
            return Task.FromResult(RunBatch(calendar, context));
        }
        var filedOn = arguments.RequiredDate("radicado-el");
        var type = ParseType(arguments.RequiredText("tipo"), "--tipo");
        arguments.RejectUnknown();
        CalendarRange.Check(filedOn, "--radicado-el");
        var due = DueDates.DueOn(calendar, type, filedOn);
        context.Out.WriteLine(Format(due));
        if (due is null)
            context.Error.WriteLine("Las felicitaciones no tienen término legal de respuesta.");
        return Task.FromResult(0);
    }

    private static int RunBatch(BusinessCalendar calendar, CommandContext context)
    {
        var problems = 0;
        long lineNumber = 0;
        while (context.In.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            var fields = line.Split(',');
            if (lineNumber == 1 && fields.Length >= 2 && fields[0].Trim() == "radicado_el")
            {
                context.Out.WriteLine("radicado_el,tipo,vencimiento");
                continue;
            }
            var due = "";
            try
            {
                if (fields.Length != 2)
                    throw new UsageException($"se esperaban 2 campos (radicado_el,tipo) y hay {fields.Length}");
                var filedOn = Arguments.ParseDate(fields[0], "columna 1 (radicado_el)");
                CalendarRange.Check(filedOn, "columna 1 (radicado_el)");
                var type = ParseType(fields[1], "columna 2 (tipo)");
                due = Format(DueDates.DueOn(calendar, type, filedOn));
            }
            catch (UsageException e)
            {
                problems++;
                context.Error.WriteLine($"Error en la línea {lineNumber}, {e.Message}");
            }
            context.Out.Write(line);
            context.Out.Write(',');
            context.Out.WriteLine(due);
        }
        context.Out.Flush();
        if (problems > 0)
            context.Error.WriteLine($"{problems} línea(s) con errores; su vencimiento quedó vacío.");
        return problems > 0 ? 2 : 0;
    }

    private static PetitionType ParseType(string text, string where) =>
        PetitionTypes.TryParse(text, out var type)
            ? type
            : throw new UsageException($"{where}: el tipo «{text.Trim()}» no existe. Tipos: {string.Join(", ", PetitionTypes.All.Select(PetitionTypes.Code))}.");

    private static string Format(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
