namespace IndicadoresServicio.Generator.Paac;

/// <summary>One activity of the demo plan, as an alcaldía writes it (in the style of Ibagué's component 4).</summary>
internal sealed record PlannedActivity(string Subcomponent, string Number, string Activity, string Goal, string Responsible, string Scheduled);

/// <summary>The demo municipality's PAAC: the six components of Decreto 124 de 2016, with the activities most plans carry.</summary>
internal static class PaacPlanCatalogue
{
    public static IReadOnlyList<IReadOnlyList<PlannedActivity>> Components { get; } =
    [
        [
            new("Política de administración de riesgos", "1.1", "Actualizar la política de administración del riesgo de corrupción", "Política actualizada y adoptada por acto administrativo", "Secretaría de Planeación", "30/03/{0}"),
            new("Política de administración de riesgos", "1.2", "Socializar la política con los líderes de proceso", "Dos jornadas de socialización", "Secretaría de Planeación", "Primer semestre"),
            new("Construcción del mapa de riesgos de corrupción", "2.1", "Identificar y valorar los riesgos de corrupción de cada proceso", "Mapa de riesgos de corrupción consolidado", "Secretaría de Planeación", "31/01/{0}"),
            new("Consulta y divulgación", "3.1", "Publicar el mapa de riesgos en la página web para consulta ciudadana", "Mapa publicado y observaciones atendidas", "Oficina de Comunicaciones", "Enero a marzo de {0}"),
            new("Monitoreo y revisión", "4.1", "Monitorear los controles de los riesgos de corrupción", "Tres informes de monitoreo", "Oficina de Control Interno", "Cuatrimestral"),
        ],
        [
            new("Identificación de trámites", "1.1", "Actualizar el inventario de trámites en el SUIT", "Trámites inscritos y actualizados en el SUIT", "Secretaría General", "junio de {0}"),
            new("Priorización de trámites", "2.1", "Priorizar los trámites a racionalizar según quejas y volumen", "Documento de priorización", "Secretaría de Planeación", "Primer cuatrimestre"),
            new("Racionalización de trámites", "3.1.", "Habilitar el pago en línea del impuesto predial", "Pago en línea disponible en la sede electrónica", "Secretaría de Hacienda", "31/10/{0}"),
            new("Racionalización de trámites", "3.2.", "Reducir los requisitos de la licencia de construcción", "Requisitos reducidos y publicados", "Secretaría de Planeación", "Segundo semestre"),
        ],
        [
            new("Información de calidad y en lenguaje comprensible", "1.1", "Publicar el informe de gestión en lenguaje claro", "Informe publicado en la página web", "Oficina de Comunicaciones", "Marzo de {0}"),
            new("Diálogo de doble vía con la ciudadanía", "2.1", "Realizar la audiencia pública de rendición de cuentas", "Una audiencia pública realizada", "Despacho del Alcalde", "Diciembre de {0}"),
            new("Diálogo de doble vía con la ciudadanía", "2.2", "Realizar encuentros comunitarios por comuna y corregimiento", "Doce encuentros comunitarios", "Secretaría de Gobierno", "Permanente"),
            new("Evaluación y retroalimentación", "3.1", "Evaluar la estrategia de rendición de cuentas", "Informe de evaluación publicado", "Oficina de Control Interno", "Vigencia {0}"),
        ],
        [
            new("Estructura administrativa y direccionamiento estratégico", "1.1", "Dotación y fortalecimiento de los Centros de Atención Municipal", "CAM dotados con personal idóneo y equipos de cómputo", "Secretaría General", "Vigencia {0}"),
            new("Estructura administrativa y direccionamiento estratégico", "1.2", "Ferias de trámites y servicios en los Centros de Atención Municipal", "Cuatro ferias de trámites y servicios", "Secretaría General", "Cuatrimestral"),
            new("Fortalecimiento de los canales de atención", "2.1", "Socialización de términos de respuesta dados a las PQRS", "Informe quincenal del estado de las PQRS publicado", "Oficina de Atención al Ciudadano", "Mensual"),
            new("Fortalecimiento de los canales de atención", "2.2.", "Socializar la ubicación de las sedes, los números de contacto y las líneas gratuitas", "Directorio publicado y actualizado", "Oficina de Comunicaciones", "30/06/{0}"),
            new("Talento humano", "3.1", "Capacitar a los servidores en atención al ciudadano y lenguaje claro", "Dos jornadas de capacitación", "Secretaría General", "Segundo cuatrimestre"),
            new("Normativo y procedimental", "4.1", "Seguimiento a la oportunidad de respuesta a las peticiones, quejas y reclamos", "Visitas de seguimiento a las dependencias", "Oficina de Atención al Ciudadano", "Trimestral"),
            new("Relacionamiento con el ciudadano", "5.1", "Realizar encuesta de medición de satisfacción", "Encuesta aplicada en todas las ventanillas", "Oficina de Atención al Ciudadano", "Primer semestre"),
            new("Relacionamiento con el ciudadano", "5.2.1", "Análisis, retroalimentación y correctivos", "Acciones de mejora según las sugerencias de la ciudadanía", "Oficina de Atención al Ciudadano", "Noviembre de {0}"),
        ],
        [
            new("Transparencia activa", "1.1", "Actualizar la sección de transparencia de la página web (Resolución 1519 de 2020)", "Matriz ITA al 100 %", "Oficina de Tecnologías de la Información (TIC)", "Permanente"),
            new("Transparencia pasiva", "2.1", "Publicar el informe de solicitudes de acceso a la información", "Informe semestral publicado", "Oficina de Atención al Ciudadano", "Semestral"),
            new("Instrumentos de gestión de la información", "3.1", "Actualizar el registro de activos de información y el índice de información clasificada", "Instrumentos adoptados y publicados", "Secretaría General", "31 de julio de {0}"),
            new("Monitoreo del acceso a la información", "4.1", "Publicar el informe de PQRSD con los tiempos de respuesta", "Informes trimestrales publicados", "Oficina de Atención al Ciudadano", "Trimestral"),
        ],
        [
            new("Código de integridad", "1.1", "Socializar el código de integridad con los servidores", "Campaña de apropiación del código", "Secretaría General", "Primer semestre"),
            new("Conflictos de interés", "2.1", "Publicar las declaraciones de bienes, rentas y conflictos de interés (Ley 2013 de 2019)", "Declaraciones publicadas", "Secretaría General", "31/07/{0}"),
            new("Participación ciudadana", "3.1", "Promover las veedurías ciudadanas a los contratos de obra", "Veedurías acompañadas", "Secretaría de Infraestructura", "Vigencia {0}"),
        ],
    ];
}
