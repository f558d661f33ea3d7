using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary>
/// <c>informe</c>: prints a report (ficha of a dependency, the Comité's report, the public semester report, the PAAC and
/// plan follow-ups, the Mesa Técnica's annual report) to PDF with the system's headless Chromium, or writes it as Word
/// when the output ends in .docx.
/// </summary>
public static class ReportCommand
{
    public static readonly Command Definition = new(
        "informe",
        "Genera en PDF o Word la ficha de una dependencia, el informe para el Comité, el informe anual de la Mesa Técnica y otros.",
        """
        Uso: ./indicadores informe anual --vigencia AAAA [--corte AAAA-MM-DD] --salida ARCHIVO.docx|ARCHIVO.pdf
             ./indicadores informe ficha --dependencia NOMBRE --desde AAAA-MM-DD --hasta AAAA-MM-DD [--corte AAAA-MM-DD] --salida ARCHIVO.pdf
             ./indicadores informe comite --desde AAAA-MM-DD --hasta AAAA-MM-DD [--corte AAAA-MM-DD] --salida ARCHIVO.pdf
             ./indicadores informe departamental --desde AAAA-MM-DD --hasta AAAA-MM-DD [--corte AAAA-MM-DD]
                 [--anterior-desde AAAA-MM-DD --anterior-hasta AAAA-MM-DD] --salida ARCHIVO.pdf
             ./indicadores informe pqrsd --semestre AAAA-S [--corte AAAA-MM-DD] --salida ARCHIVO.pdf
             ./indicadores informe paac --vigencia AAAA --corte AAAA-MM-DD --salida ARCHIVO.pdf
             ./indicadores informe plan --anio AAAA [--corte AAAA-MM-DD] --salida ARCHIVO.pdf
             (todas aceptan además [--metas ARCHIVO] [--bd ...])

        anual    Informe anual de gestión de la Mesa Técnica al Comité (primer mes de la vigencia siguiente):
                 PQRSD frente a la meta y a la vigencia anterior, por dependencia, canal, tipo y temas, tendencia
                 mensual y vencimientos; satisfacción por dependencia y dimensión, con comentarios; PAAC al 31 de
                 diciembre; metas del Plan de Desarrollo; demanda esperada para la vigencia siguiente; hallazgos
                 escritos a partir de las cifras, y las conclusiones de la Mesa (página Informes). Véase docs/informes.md.
        ficha    Ficha de indicadores de una dependencia: panel con metas y semáforo, tendencia mensual, puesto
                 entre las dependencias y peticiones vencidas sin respuesta (radicado, tipo, vencimiento).
        comite   Informe para el Comité Institucional de Gestión y Desempeño: panel de la entidad, todas las
                 dependencias, gráfico comparativo, dependencias por debajo de la meta y hallazgos.
        departamental  Informe para la Mesa Departamental de una gobernación: los indicadores de cada municipio
                 con meta y semáforo, su puesto por oportunidad, quién mejoró y quién empeoró frente al periodo
                 anterior (la última Mesa: --anterior-desde/--anterior-hasta; por omisión el de igual duración
                 justo antes), los que están por debajo de la meta y la oportunidad por mes.
                 Véase docs/gobernacion.md.
        pqrsd    Informe de PQRSD para publicación (Ley 1712 de 2014 art. 11, Ley 1474 de 2011 art. 76) de un
                 semestre: --semestre 2024-1 es enero a junio de 2024, 2024-2 julio a diciembre. Solo cifras
                 agregadas: nada identifica a una persona.
        paac     Seguimiento de la Oficina de Control Interno al PAAC (o PTEP) de una vigencia a una fecha de
                 corte (30 de abril, 31 de agosto, 31 de diciembre): por componente, actividades programadas,
                 cumplidas, % de avance y zona; el avance consolidado; por dependencia; las rezagadas con su
                 responsable y observaciones. Véase docs/paac.md.
        plan     Seguimiento al Plan de Desarrollo para el Consejo de Gobierno: avance del plan (PD-EF, PD-AV,
                 PD-CUAT) con su banda, por línea y por dependencia responsable, y las rutas críticas (metas con
                 eficacia menor a 60 % al corte). --anio es el año del plan; el corte puede caer dentro del año.

        --salida  archivo que se escribe: PDF, o Word si termina en .docx (tablas de Word, gráficos como imágenes,
                  la entidad y la fecha de corte en cada página), para editarlo antes de presentarlo.
        --entidad en una bodega con varios municipios (una gobernación): la ficha, el informe del Comité o el de
                  PQRSD de uno de ellos, con su nombre en el encabezado. La ficha la exige cuando varias entidades tienen
                  una dependencia con ese nombre.
        --corte   fecha a la que se mide el estado de las peticiones (por omisión, hoy; no antes del fin del periodo).
        --metas   archivo de metas (por omisión config/metas.json si existe).

        El nombre y el logo de la entidad salen de Indicadores:Entidad e Indicadores:Logo (config/appsettings.json).
        Los PDF se imprimen con Chromium (/usr/bin/chromium, u otra ruta en INDICADORES_CHROMIUM); si falta:
        apt-get install chromium.

        Ejemplo: ./indicadores informe ficha --dependencia "Secretaría de Hacienda" --desde 2024-01-01 --hasta 2024-06-30 --salida hacienda.pdf

        """,
        Run)
    {
        ReadsOnly = true,
    };

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        var word = arguments.Positional.FirstOrDefault()
            ?? throw new UsageException($"Falta el tipo de informe: {ReportKinds.Words(ReportKinds.All)}.");
        if (ReportKinds.Parse(word) is not { } kind || arguments.Positional.Count > 1)
            throw new UsageException($"El informe «{string.Join(' ', arguments.Positional)}» no existe. Informes: {ReportKinds.Words(ReportKinds.All)}.");
        var order = kind switch
        {
            ReportKind.Scorecard => new ReportOrder(kind, Period(arguments), CutOff(arguments), arguments.RequiredText("dependencia")),
            ReportKind.Committee => CommitteeOrder(Period(arguments), CutOff(arguments)),
            ReportKind.Departmental => new ReportOrder(kind, Period(arguments), CutOff(arguments), null, Previous: PreviousPeriod(arguments)),
            ReportKind.Paac => PaacOrder(arguments),
            ReportKind.Plan => PlanOrder(arguments),
            ReportKind.Annual => AnnualOrder(arguments),
            ReportKind.PublicPetitions => SemesterOrder(arguments),
            _ => throw new InvalidOperationException($"Informe sin orden: «{kind}»."),
        };
        var output = arguments.RequiredText("salida");
        var targetsPath = arguments.Text("metas");
        var entity = arguments.Text("entidad");
        var warehouse = context.Installation.Warehouse(arguments);
        arguments.RejectUnknown();
        return await Print(context, warehouse, order, output, targetsPath, entity);
    }

    /// <summary>Writes the report <paramref name="order"/> asks for to <paramref name="output"/> (PDF, or Word for .docx).</summary>
    /// <param name="entity">The entity of a warehouse holding several (--entidad), or null.</param>
    public static async Task<int> Print(CommandContext context, Warehouse warehouse, ReportOrder order, string output,
        string? targetsPath = null, string? entity = null)
    {
        if (order.CutOff < order.Period.To && !order.Kind.FollowedThroughPeriod())
            throw new UsageException($"La fecha de corte ({ReportDates.Short(order.CutOff)}) es anterior al fin del periodo ({ReportDates.Short(order.Period.To)}).");
        if (warehouse.Engine == WarehouseEngine.DuckDb && !File.Exists(warehouse.Description))
            throw new WarehouseException($"La bodega {warehouse.Description} no existe todavía. Cargue datos con «./indicadores etl» o «./indicadores demo».");

        Migrator.Apply(warehouse);
        var reports = ReportEntityOption.Apply(ReportSources.Context(context.Installation, warehouse.ReadOnly(), targetsPath), order.Kind, entity, order.Dependency);
        var page = order.Build(reports);
        await using (var printer = await PdfPrinter.Launch())
            await ReportFile.Write(printer, page, output);
        await context.Error.WriteLineAsync($"Se escribió el informe en {output}.");
        return 0;
    }

    public static ReportOrder CommitteeOrder(Period period, DateOnly cutOff) => new(ReportKind.Committee, period, cutOff, null);

    private static Period Period(Arguments arguments)
    {
        var from = arguments.RequiredDate("desde");
        var to = arguments.RequiredDate("hasta");
        return Indicators.Measurement.Period.Of(from, to);
    }

    /// <summary>The plan's year (--anio) at a cut-off that may fall inside it: the plan is followed quarter by quarter.</summary>
    private static ReportOrder PlanOrder(Arguments arguments)
    {
        var year = arguments.Integer("anio", 2000, 2100) ?? throw new UsageException("Falta --anio: el año del plan que se informa, por ejemplo --anio 2024.");
        return PlanOrder(year, CutOff(arguments));
    }

    public static ReportOrder PlanOrder(int year, DateOnly cutOff)
    {
        var period = Web.Plan.PlanFigures.YearOf(year);
        if (cutOff < period.From)
            throw new UsageException($"La fecha de corte ({ReportDates.Short(cutOff)}) es anterior al año {year}.");
        return new ReportOrder(ReportKind.Plan, period, cutOff, null);
    }

    /// <summary>The vigencia's annual report, measured at a cut-off no earlier than its December 31 (by default today).</summary>
    private static ReportOrder AnnualOrder(Arguments arguments)
    {
        var year = arguments.Integer("vigencia", 2000, 2100) ?? throw new UsageException("Falta --vigencia: el año que se informa, por ejemplo --vigencia 2025.");
        return AnnualOrder(year, CutOff(arguments));
    }

    public static ReportOrder AnnualOrder(int year, DateOnly cutOff) => ReportOrder.Annual(year, cutOff);

    /// <summary>The last Mesa's period (--anterior-desde, --anterior-hasta); null for the one of equal length just before.</summary>
    private static Period? PreviousPeriod(Arguments arguments)
    {
        var from = arguments.Date("anterior-desde");
        var to = arguments.Date("anterior-hasta");
        if (from is null && to is null)
            return null;
        if (from is null || to is null)
            throw new UsageException("El periodo anterior necesita --anterior-desde y --anterior-hasta.");
        return Indicators.Measurement.Period.Of(from.Value, to.Value);
    }

    private static DateOnly CutOff(Arguments arguments) => arguments.Date("corte") ?? ColombianTime.Today();

    /// <summary>The PAAC follow-up of a vigencia at a cut-off inside it (or after it: the year-end follow-up).</summary>
    private static ReportOrder PaacOrder(Arguments arguments)
    {
        var vigencia = arguments.RequiredText("vigencia");
        if (!int.TryParse(vigencia, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            throw new UsageException($"--vigencia: «{vigencia}» no es un año; por ejemplo 2024.");
        var cutOff = arguments.Date("corte") ?? Indicators.Paac.PaacActivities.DefaultCutOff(year, IndicadoresServicio.Core.Calendar.ColombianTime.Today());
        if (cutOff.Year < year)
            throw new UsageException($"La fecha de corte ({ReportDates.Short(cutOff)}) es anterior a la vigencia {year}.");
        return new ReportOrder(ReportKind.Paac, Indicators.Measurement.Period.Of(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), cutOff, null, Vigencia: year);
    }

    private static ReportOrder SemesterOrder(Arguments arguments)
    {
        var text = arguments.RequiredText("semestre");
        var semester = Semester.TryParse(text)
            ?? throw new UsageException($"--semestre: «{text}» no es un semestre; use AAAA-1 (enero a junio) o AAAA-2 (julio a diciembre), por ejemplo 2024-1.");
        return SemesterOrder(semester, CutOff(arguments));
    }

    public static ReportOrder SemesterOrder(Semester semester, DateOnly cutOff) => new(ReportKind.PublicPetitions, semester.Period, cutOff, null, semester);
}
