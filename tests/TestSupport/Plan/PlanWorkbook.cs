using MiniExcelLibs;

namespace IndicadoresServicio.TestSupport.Plan;

/// <summary>
/// A municipal plan indicativo as clerks keep it, written as a real .xlsx, with its profile (the issue's, as written):
/// title rows above the header, «L.B» twice (the result's baseline, then the product's), a header with a line break,
/// codes as numbers and as text, percentages as fractions and as "100%", "NP" and blanks, trend codes, a goal with a
/// number nobody can read, a totals row and empty rows at the bottom.
///
/// Expected figures for 2024 at the cut-off 2024-09-30, worked out by hand (see each goal):
/// <code>
/// goal      type           PD-AV               PD-EF               PD-CUAT          dependency
/// 3204001   suma           18/40 = 0.45        18/30 = 0.6         18/100 = 0.18    Secretaría de Hacienda
/// 1.1.2     incremento     110/180 = 0.6111    110/115 = 0.9565    (58-50)/20 = 0.4 Secretaría de Educación
/// 1.2.1     mantenimiento  2.7/4 = 0.675       2.7/3 = 0.9         0.675 (2024)     Secretaría de Salud
/// 2.1.1     reducción      19/34 = 0.5588      min(1, 19/18) = 1   (20-19)/10 = 0.1 Secretaría de Hacienda
/// 2.1.2     capacidad      not programmed in 2024: left out of every figure        Secretaría de Salud
/// </code>
/// </summary>
public static class PlanWorkbook
{
    public const string Entity = "Alcaldía de Ejemplo";

    public const string Profile = """
        {
          "tipo": "plan",
          "fuente": "pdm",
          "entidad": "Alcaldía de Ejemplo",
          "formato": "xlsx",
          "hoja": "PDM",
          "fila_encabezado": null,
          "cuatrienio": [2024, 2027],
          "columnas": {"meta_id": "COD META PRODUCTO", "linea": "EJE", "sector": "NOMBRE DE SECTOR", "programa": "PROGRAMA PDT",
                       "meta": "META DE PRODUCTO", "indicador": "INDICADOR", "unidad": "UNIDAD DE MEDIDA", "linea_base": "L.B (2)",
                       "meta_cuatrienio": "VALOR ESPERADO CUATRIENIO", "tipo_acumulacion": "TENDENCIA  INDICADOR",
                       "responsable": "RESPONSABLE", "peso": null},
          "programado": {"2024-T1": "T1. PLANEADO 2024", "2024-T2": "T2. PLANEADO 2024", "2024-T3": "T3. PLANEADO 2024", "2024-T4": "T4. PLANEADO 2024",
                         "2025": "VALOR ESPERADO 2025"},
          "ejecutado": {"2024-T1": "T1. EJECUTADO 2024", "2024-T2": "T2. EJECUTADO 2024", "2024-T3": "T3. EJECUTADO 2024", "2024-T4": "T.4 EJECUTADO 2024"},
          "valores": {"tipo_acumulacion": {"I": "incremento", "M": "mantenimiento"}},
          "alias_dependencias": {"Sec. de Hacienda": "Secretaría de Hacienda"}
        }
        """;

    private static readonly object?[] Header =
    [
        "EJE", "NOMBRE DE SECTOR", "PROGRAMA PDT", "L.B", "COD META PRODUCTO", "META DE\nPRODUCTO", "INDICADOR", "UNIDAD DE MEDIDA",
        "L.B", "VALOR ESPERADO CUATRIENIO", "TENDENCIA INDICADOR", "RESPONSABLE",
        "T1. PLANEADO 2024", "T1. EJECUTADO 2024", "T2. PLANEADO 2024", "T2. EJECUTADO 2024",
        "T3. PLANEADO 2024", "T3. EJECUTADO 2024", "T4. PLANEADO 2024", "T.4 EJECUTADO 2024", "VALOR ESPERADO 2025",
    ];

    /// <summary>The workbook as of the third quarter; <paramref name="fourthQuarter"/> adds the fourth quarter's executed values (a later workbook).</summary>
    public static object?[][] Rows(bool fourthQuarter = false) =>
    [
        ["PLAN INDICATIVO 2024-2027 \"EJEMPLO PARA TODOS\""],
        ["Seguimiento con corte a septiembre de 2024"],
        Header,
        // suma: 10+10+10+10 programmed, 10+5+3 achieved by the third quarter.
        ["1. Social", "Educación", "Calidad educativa", 999, 3204001, "Construir\n100 aulas escolares", "Aulas construidas", "Número",
            0, 100, "Suma", "Sec. de Hacienda", 10, 10, 10, 5, 10, 3, 10, fourthQuarter ? 12 : null, 30],
        // incremento: levels 55, 60, 65 programmed ("NP" in the first quarter), 52 and 58 achieved; baseline L.B (2) = 50.
        ["1. Social", "Educación", "Cobertura", 999, "1.1.2", "Aumentar la cobertura neta", "Cobertura neta", "Porcentaje",
            50, 70, "I", "SECRETARÍA  DE EDUCACIÓN", "NP", null, 55, 52, 60, 58, 65, null, 68],
        // mantenimiento: 100 % every quarter, as fractions and as "100%"; 90 %, "80%" and 100 % achieved.
        ["1. Social", "Salud", "Salud pública", 999, "1.2.1", "Mantener la cobertura de vacunación", "Cobertura de vacunación", "Porcentaje",
            1, "100%", "M", "Secretaría de Salud", 1, 0.9, "100%", "80%", 1, 1, 1, fourthQuarter ? 1 : null, "100%"],
        // reducción: from 20 to 10; 18 and 16 programmed in the second half, 19 achieved.
        ["2. Económica", "Desarrollo económico", "Empleo", 999, "2.1.1", "Reducir el desempleo juvenil", "Tasa de desempleo juvenil", "Porcentaje",
            20, 10, "Reducción", "Secretaría de Hacienda", "NP", null, "NP", null, 18, 19, 16, null, 14],
        // capacidad: nothing programmed in 2024.
        ["2. Económica", "Desarrollo económico", "Emprendimiento", 999, "2.1.2", "Crear el centro de emprendimiento", "Centros en funcionamiento", "Número",
            0, 1, "Capacidad", "Secretaría de Salud", null, null, null, null, null, null, null, null, 1],
        // A number nobody can read: quarantined, naming its column.
        ["2. Económica", "Desarrollo económico", "Empleo", 999, "2.1.3", "Formar 500 jóvenes", "Jóvenes formados", "Número",
            0, 500, "Suma", "Secretaría de Hacienda", 50, "alto", 50, null, 50, null, 50, null, 100],
        // Empty formatted rows, then the totals row without a goal id.
        [null, "", null],
        ["TOTAL", null, null, null, null, null, null, null, null, null, null, null, 61, 10.9, 67, 58.8, 90, 81, 92, null, 214],
        ["", ""],
    ];

    /// <summary>Writes the workbook (sheet "PDM", after a cover sheet) and the profile; returns (profile, workbook) paths.</summary>
    public static (string Profile, string Workbook) Write(string folder, bool fourthQuarter = false, string name = "pdm.xlsx")
    {
        var profile = Path.Combine(folder, "plan.json");
        File.WriteAllText(profile, Profile);
        var workbook = Path.Combine(folder, name);
        WriteXlsx(workbook, new Dictionary<string, object?[][]>
        {
            ["Portada"] = [["Plan de Desarrollo Municipal"]],
            ["PDM"] = Rows(fourthQuarter),
        });
        return (profile, workbook);
    }

    public static void WriteXlsx(string path, IReadOnlyDictionary<string, object?[][]> sheets)
    {
        var workbook = sheets.ToDictionary(s => s.Key, s => (object)AsDictionaries(s.Value));
        MiniExcel.SaveAs(path, workbook, printHeader: false, overwriteFile: true);
    }

    private static List<Dictionary<string, object?>> AsDictionaries(object?[][] rows)
    {
        var width = rows.Max(r => r.Length);
        return rows.Select(r => Enumerable.Range(0, width).ToDictionary(i => $"c{i:D3}", i => i < r.Length ? r[i] : null)).ToList();
    }
}
