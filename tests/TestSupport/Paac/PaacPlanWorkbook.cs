using MiniExcelLibs;

namespace IndicadoresServicio.TestSupport.Paac;

/// <summary>
/// The plan workbook of the tests: an alcaldía's PAAC 2024 as such workbooks come, one sheet per component with title
/// rows, a two-row header (plan columns over blanks, "Seguimiento N OCI" over "% de avance" | "Observaciones"),
/// subcomponent and responsable written once, a separator row, and every wording of dates and progress the contract
/// lists. The same plan as <see cref="PaacFixture.Plan2024"/> plus 5.2.1, whose August progress is quarantined.
/// </summary>
public static class PaacPlanWorkbook
{
    public const string Entity = "Alcaldía de Ejemplo";

    /// <summary>The profile of issue 15, as written there.</summary>
    public const string ProfileJson = """
        {
          "tipo": "paac",
          "fuente": "paac",
          "entidad": "Alcaldía de Ejemplo",
          "formato": "xlsx",
          "plan": "PAAC",
          "vigencia": 2024,
          "hoja": null,
          "fila_encabezado": null,
          "filas_encabezado": 2,
          "componente_de": "titulo",
          "columnas": {"subcomponente": "Subcomponente", "actividad_id": "No.", "actividad": "Actividades",
                       "meta": "Meta o producto", "responsable": "Responsable", "fecha_programada": "Fecha programada"},
          "seguimientos": [{"corte": "2024-04-30", "avance": "% de avance", "observaciones": "Observaciones"},
                           {"corte": "2024-08-31", "avance": "% de avance (2)", "observaciones": "Observaciones (2)"},
                           {"corte": "2024-12-31", "avance": "% de avance (3)", "observaciones": "Observaciones (3)"}],
          "valores": {"avance": {"Cumplida": 100, "No iniciada": 0}},
          "alias_dependencias": {"Planeación": "Oficina Asesora de Planeación"}
        }
        """;

    /// <summary>Writes the profile next to the workbook; returns its path.</summary>
    public static string WriteProfile(string path)
    {
        File.WriteAllText(path, ProfileJson);
        return path;
    }

    private static readonly object?[] Upper =
        ["Subcomponente", "No.", "Actividades", "Meta o producto", "Responsable", "Fecha programada",
         "Seguimiento 1 OCI (30 de abril)", null, "Seguimiento 2 OCI (31 de agosto)", null, "Seguimiento 3 OCI (31 de diciembre)", null];

    private static readonly object?[] Lower =
        [null, null, null, null, null, null, "% de avance", "Observaciones", "% de avance", "Observaciones", "% de avance", "Observaciones"];

    /// <summary>
    /// Component 1 (sheet "Riesgos"): 1.1 due 30/03 (100, Cumplida, 100); 1.2 due June (50 %, 80, no report in
    /// December); a separator; 2.1. recurring (30, 60, 90); 2.2 due December (-, 40%, 100%).
    /// Component 4 (sheet "Atención"): 1.1 first semester (20, 100, 100); 1.2 cuatrimestral (33, 66, 100);
    /// 2.2. due 31 December (-, 10, 90%); 5.2.1 with "ochenta" in August: quarantined.
    /// </summary>
    public static string Plan(string path, string? badAugust = "ochenta") => Write(path, new Dictionary<string, object?[][]>
    {
        ["Riesgos"] =
        [
            ["PLAN ANTICORRUPCIÓN Y DE ATENCIÓN AL CIUDADANO - VIGENCIA 2024"],
            ["Componente 1: Gestión del riesgo de corrupción - Mapa de riesgos de corrupción"],
            [],
            Upper,
            Lower,
            ["Política de administración de riesgos", "1.1", "Actualizar la política de administración del riesgo", "Política actualizada", "Planeación", "30/03/2024", "100%", "Aprobada en comité", "Cumplida", null, 100, null],
            [null, "1.2", "Construir el mapa de riesgos de corrupción", "Mapa publicado", null, "junio de 2024", "50 %", "En construcción", 80, "Falta publicar", null, null],
            ["Consulta y divulgación", null, null, null, null, null, null, null, null, null, null, null],
            [null, "2.1.", "Divulgar el mapa de riesgos en la página web", "Publicaciones", "Comunicaciones", "Permanente", 30, null, 60, null, 90, null],
            [null, "2.2", "Monitorear los riesgos de corrupción", "Informe de monitoreo", "Control Interno", "Vigencia 2024", null, null, "40%", null, "100%", "Informe publicado"],
        ],
        ["Atención"] =
        [
            ["PLAN ANTICORRUPCIÓN Y DE ATENCIÓN AL CIUDADANO - VIGENCIA 2024"],
            ["COMPONENTE N°. 4"],
            ["MECANISMOS PARA MEJORAR LA ATENCIÓN AL CIUDADANO"],
            Upper,
            Lower,
            ["Estructura administrativa y direccionamiento estratégico", "1.1", "Dotación y fortalecimiento de los Centros de Atención Municipal", "CAM dotados", "Secretaría General", "Primer semestre", 20, null, 100, "Dotación entregada", 100, null],
            [null, "1.2", "Ferias de trámites y servicios en los Centros de Atención Municipal", "Ferias realizadas", null, "Cuatrimestral", 33, null, 66, null, 100, null],
            ["Fortalecimiento de los canales de atención", "2.2.", "Socializar términos de respuesta de las PQRS", "Informe quincenal publicado", "Planeación", "31/12/2024", null, null, 10, "Sin evidencias", "90%", null],
            ["Relacionamiento con el ciudadano", "5.2.1", "Análisis, retroalimentación y correctivos", "Acciones de mejora", "Secretaría General", "septiembre de 2024", 0, null, badAugust, null, null, null],
        ],
    });

    /// <summary>Sheets of rows as they are written (MiniExcel without a header row; every row as wide as the widest).</summary>
    public static string Write(string path, IReadOnlyDictionary<string, object?[][]> sheets)
    {
        var workbook = sheets.ToDictionary(s => s.Key, s => (object)s.Value.Select(r => Enumerable.Range(0, s.Value.Max(x => x.Length))
            .ToDictionary(i => $"c{i:D3}", i => i < r.Length ? r[i] : null)).ToList());
        MiniExcel.SaveAs(path, workbook, printHeader: false);
        return path;
    }
}
