using System.Globalization;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>dias-no-habiles</c>: an entity's own closures (a decree closing the alcaldía in Holy Week, a día cívico).
/// They live in an editable file per entity; this command lists them, adds one, or loads a file of them.
/// </summary>
public static class NonWorkingDaysCommand
{
    public static readonly Command Definition = new(
        "dias-no-habiles",
        "Lista, agrega o carga los días no hábiles propios de una entidad.",
        """
        Uso: ./indicadores dias-no-habiles --entidad "Nombre"                      (lista)
             ./indicadores dias-no-habiles --entidad "Nombre" --agregar AAAA-MM-DD [--motivo "Decreto 045"]
             ./indicadores dias-no-habiles --entidad "Nombre" --cargar archivo.txt

        Los días se guardan en config/dias-no-habiles/<entidad>.txt, un archivo de texto que también se puede
        editar a mano: una fecha AAAA-MM-DD por línea, opcionalmente seguida de un tabulador (o «;») y el motivo.
        Cargar un archivo suma sus días a los que ya había. Se aplican al calcular vencimientos y tiempos de
        respuesta de esa entidad.

        """,
        Run);

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        var entity = arguments.RequiredText("entidad");
        var add = arguments.Date("agregar");
        var reason = arguments.Text("motivo");
        var load = arguments.Text("cargar");
        arguments.RejectUnknown();
        var path = NonWorkingDaysFile.PathFor(context.Installation.NonWorkingDaysDirectory, entity);
        var days = Read(path).ToList();
        if (add is { } day)
        {
            CalendarRange.Check(day, "--agregar");
            days.Add(new NonWorkingDay(day, reason));
        }
        if (load is not null)
        {
            if (!File.Exists(load))
                throw new UsageException($"No existe el archivo {load}.");
            days.AddRange(Read(load));
        }
        if (add is not null || load is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            NonWorkingDaysFile.Write(path, days);
            context.Error.WriteLine($"Guardado en {path}.");
            days = Read(path).ToList();
        }
        foreach (var d in days.OrderBy(d => d.Date))
            context.Out.WriteLine(d.Reason is null
                ? d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : $"{d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\t{d.Reason}");
        return Task.FromResult(0);
    }

    private static IReadOnlyList<NonWorkingDay> Read(string path)
    {
        if (!File.Exists(path))
            return [];
        return NonWorkingDaysFile.Read(path);
    }
}
