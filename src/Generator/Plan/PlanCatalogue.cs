namespace IndicadoresServicio.Generator.Plan;

/// <summary>A program of the plan: its sector, the dependency that answers for it, and the goals it is made of.</summary>
internal sealed record PlanProgram(string Name, string Sector, string SectorCode, string Responsible, IReadOnlyList<GoalTemplate> Goals);

/// <summary>What a goal promises: its text, the indicator that measures it, its unit and how its values add up.</summary>
internal sealed record GoalTemplate(string Text, string Indicator, string Unit, string Trend);

/// <summary>A strategic line (eje) of the plan and its programs.</summary>
internal sealed record PlanLine(string Name, IReadOnlyList<PlanProgram> Programs);

/// <summary>
/// The demo municipality's development plan, shaped like a real plan indicativo: five strategic lines, twenty-five
/// programs, each program's goals answered for by one of the alcaldía's dependencies (the same names petitions use).
/// Trend codes as DNP's format writes them: S suma, I incremento, M mantenimiento, R reducción, C capacidad.
/// </summary>
internal static class PlanCatalogue
{
    private static GoalTemplate S(string text, string indicator, string unit = "Número") => new(text, indicator, unit, "S");
    private static GoalTemplate I(string text, string indicator) => new(text, indicator, "Porcentaje", "I");
    private static GoalTemplate M(string text, string indicator) => new(text, indicator, "Porcentaje", "M");
    private static GoalTemplate R(string text, string indicator) => new(text, indicator, "Tasa", "R");
    private static GoalTemplate C(string text, string indicator) => new(text, indicator, "Número", "C");

    public static IReadOnlyList<PlanLine> Lines { get; } =
    [
        new("1. Desarrollo social e incluyente",
        [
            new("Educación de calidad para todos", "Educación", "22", "Secretaría de Educación",
                [S("Construir aulas escolares nuevas", "Aulas construidas"), I("Aumentar la cobertura neta en educación media", "Tasa de cobertura neta"),
                 M("Mantener la alimentación escolar (PAE) en las sedes rurales", "Sedes con PAE"), S("Dotar sedes educativas con equipos de cómputo", "Sedes dotadas"),
                 R("Reducir la deserción escolar", "Tasa de deserción intraanual"), S("Formar docentes en competencias digitales", "Docentes formados")]),
            new("Salud pública y aseguramiento", "Salud y protección social", "19", "Secretaría de Salud",
                [M("Mantener la cobertura de vacunación en menores de un año", "Cobertura de vacunación"), I("Aumentar la afiliación al régimen subsidiado", "Población afiliada"),
                 R("Reducir la mortalidad materna", "Razón de mortalidad materna"), S("Realizar jornadas de salud rural", "Jornadas realizadas"),
                 S("Intervenir viviendas contra vectores", "Viviendas intervenidas")]),
            new("Inclusión social y familia", "Inclusión social", "41", "Secretaría de Desarrollo Social",
                [S("Atender adultos mayores en centros vida", "Adultos mayores atendidos"), S("Entregar ayudas técnicas a personas con discapacidad", "Ayudas entregadas"),
                 M("Mantener la atención a víctimas del conflicto armado", "Víctimas atendidas"), S("Formar mujeres en emprendimiento y liderazgo", "Mujeres formadas")]),
            new("Cultura para la convivencia", "Cultura", "33", "Secretaría de Cultura",
                [S("Abrir escuelas de formación artística", "Escuelas en funcionamiento"), S("Realizar eventos culturales en barrios y veredas", "Eventos realizados"),
                 C("Adecuar la biblioteca pública municipal", "Bibliotecas adecuadas")]),
            new("Deporte y recreación", "Deporte y recreación", "43", "Secretaría de Desarrollo Social",
                [S("Construir y mejorar escenarios deportivos", "Escenarios intervenidos"), S("Vincular niños y jóvenes a escuelas deportivas", "Niños y jóvenes vinculados"),
                 S("Realizar juegos comunales", "Juegos realizados")]),
        ]),
        new("2. Desarrollo económico y empleo",
        [
            new("Emprendimiento y fortalecimiento empresarial", "Comercio, industria y turismo", "35", "Secretaría de Desarrollo Económico",
                [S("Apoyar emprendimientos con capital semilla", "Emprendimientos apoyados"), S("Realizar ferias empresariales", "Ferias realizadas"),
                 C("Crear el centro municipal de emprendimiento", "Centros en funcionamiento")]),
            new("Empleo y formación para el trabajo", "Trabajo", "36", "Secretaría de Desarrollo Económico",
                [R("Reducir el desempleo juvenil", "Tasa de desempleo juvenil"), S("Formar jóvenes en oficios técnicos", "Jóvenes formados"),
                 S("Vincular personas a la bolsa de empleo", "Personas vinculadas")]),
            new("Turismo sostenible", "Comercio, industria y turismo", "35", "Secretaría de Desarrollo Económico",
                [S("Señalizar rutas turísticas", "Rutas señalizadas"), S("Capacitar prestadores de servicios turísticos", "Prestadores capacitados")]),
            new("Desarrollo rural y agropecuario", "Agricultura y desarrollo rural", "17", "Secretaría de Desarrollo Económico",
                [S("Brindar asistencia técnica agropecuaria", "Productores asistidos"), S("Apoyar mercados campesinos", "Mercados realizados"),
                 S("Entregar insumos a pequeños productores", "Productores beneficiados")]),
            new("Finanzas públicas sanas", "Gobierno territorial", "45", "Secretaría de Hacienda",
                [I("Aumentar el recaudo del impuesto predial", "Recaudo predial efectivo"), R("Reducir la cartera morosa", "Cartera vencida"),
                 M("Mantener el indicador de desempeño fiscal", "Indicador de desempeño fiscal"), S("Actualizar el catastro multipropósito", "Predios actualizados")]),
        ]),
        new("3. Territorio sostenible y conectado",
        [
            new("Malla vial urbana y rural", "Transporte", "24", "Secretaría de Infraestructura",
                [S("Pavimentar vías urbanas", "Kilómetros pavimentados", "Kilómetros"), S("Mantener vías terciarias", "Kilómetros mantenidos", "Kilómetros"),
                 S("Construir andenes y puentes peatonales", "Metros construidos", "Metros"), S("Construir placa huellas en veredas", "Kilómetros construidos", "Kilómetros")]),
            new("Movilidad segura", "Transporte", "24", "Secretaría de Movilidad",
                [R("Reducir las muertes en siniestros viales", "Tasa de mortalidad vial"), S("Señalizar intersecciones críticas", "Intersecciones señalizadas"),
                 S("Realizar campañas de seguridad vial", "Campañas realizadas"), S("Modernizar semáforos", "Semáforos modernizados")]),
            new("Vivienda digna", "Vivienda, ciudad y territorio", "40", "Secretaría de Vivienda",
                [S("Entregar subsidios para vivienda nueva", "Subsidios entregados"), S("Mejorar viviendas en zona rural", "Viviendas mejoradas"),
                 S("Titular predios fiscales", "Predios titulados")]),
            new("Ambiente y cambio climático", "Ambiente y desarrollo sostenible", "32", "Secretaría de Ambiente",
                [S("Sembrar árboles en rondas de quebradas", "Árboles sembrados"), I("Aumentar el aprovechamiento de residuos", "Residuos aprovechados"),
                 S("Esterilizar caninos y felinos", "Animales esterilizados"), M("Mantener el programa de educación ambiental", "Instituciones con PRAE")]),
            new("Ordenamiento del territorio", "Vivienda, ciudad y territorio", "40", "Secretaría de Planeación",
                [C("Revisar y ajustar el plan de ordenamiento territorial", "POT ajustado"), S("Actualizar la estratificación socioeconómica", "Predios estratificados"),
                 M("Mantener actualizada la base del SISBEN", "Encuestas actualizadas")]),
        ]),
        new("4. Seguridad, convivencia y paz",
        [
            new("Seguridad ciudadana", "Gobierno territorial", "45", "Secretaría de Gobierno",
                [R("Reducir la tasa de hurto a personas", "Tasa de hurto"), S("Instalar cámaras de videovigilancia", "Cámaras instaladas"),
                 S("Apoyar frentes de seguridad barrial", "Frentes apoyados")]),
            new("Convivencia y justicia cercana", "Justicia y del derecho", "12", "Inspección de Policía",
                [S("Atender querellas y procesos policivos", "Procesos atendidos"), S("Realizar jornadas de conciliación", "Jornadas realizadas")]),
            new("Familias protegidas", "Justicia y del derecho", "12", "Comisaría de Familia",
                [R("Reducir la violencia intrafamiliar", "Casos por 100.000 habitantes"), S("Atender casos de violencia intrafamiliar oportunamente", "Casos atendidos"),
                 S("Realizar talleres de pautas de crianza", "Talleres realizados")]),
            new("Espacio público ordenado", "Gobierno territorial", "45", "Secretaría de Gobierno",
                [S("Recuperar metros de espacio público", "Metros recuperados", "Metros"), S("Formalizar vendedores informales", "Vendedores formalizados")]),
            new("Paz y reconciliación", "Inclusión social", "41", "Secretaría de Desarrollo Social",
                [S("Implementar iniciativas de memoria histórica", "Iniciativas implementadas"), S("Acompañar procesos de reincorporación", "Personas acompañadas")]),
        ]),
        new("5. Buen gobierno y transparencia",
        [
            new("Gestión pública eficiente", "Gobierno territorial", "45", "Secretaría General",
                [M("Mantener el programa de gestión documental", "Dependencias con TRD aplicadas"), S("Capacitar servidores públicos", "Servidores capacitados"),
                 I("Aumentar el índice de desempeño institucional (FURAG)", "Índice de desempeño institucional")]),
            new("Gobierno digital", "Tecnologías de la información", "23", "Oficina de Tecnologías de la Información (TIC)",
                [S("Disponer trámites en línea en la sede electrónica", "Trámites en línea"), S("Instalar zonas wifi gratis", "Zonas instaladas"),
                 M("Mantener la disponibilidad de la sede electrónica", "Disponibilidad")]),
            new("Servicio al ciudadano", "Gobierno territorial", "45", "Oficina de Atención al Ciudadano",
                [I("Aumentar la oportunidad de respuesta a las PQRSD", "PQRSD respondidas a tiempo"), I("Aumentar la satisfacción de la ciudadanía", "Ciudadanos satisfechos"),
                 S("Abrir puntos de atención en corregimientos", "Puntos de atención")]),
            new("Transparencia y control", "Gobierno territorial", "45", "Oficina de Control Interno",
                [M("Mantener el cumplimiento del plan anual de auditorías", "Auditorías realizadas"), S("Realizar audiencias de rendición de cuentas", "Audiencias realizadas")]),
            new("Comunicación pública", "Gobierno territorial", "45", "Oficina de Comunicaciones",
                [S("Producir piezas de comunicación institucional", "Piezas producidas"), M("Mantener actualizada la sección de transparencia del sitio web", "Ítems publicados")]),
        ]),
    ];
}
