using System.Text;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Surveys;
using IndicadoresServicio.Etl.Tests.Sources;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Tests.Surveys;

/// <summary>
/// The four survey exports as the tools really write them, with their profiles, for one municipality. Every figure the
/// tests expect is worked out by hand in the comments next to the rows.
/// </summary>
internal sealed class SurveyExports : IDisposable
{
    public const string Entity = "Alcaldía de Ejemplo";
    public const string Hacienda = "Secretaría de Hacienda";
    public const string General = "Secretaría General";
    public static readonly DateOnly Today = new(2024, 6, 30);

    private readonly TempDirectory _folder = new();

    public string Folder => _folder.Path;

    // The profile, keys exactly as written.
    public const string GoogleProfileJson = """
        {
          "tipo": "encuesta",
          "fuente": "encuesta-ventanilla",
          "entidad": "Alcaldía de Ejemplo",
          "formato": "csv",
          "codificacion": "utf-8",
          "separador": ",",
          "hoja": null,
          "fila_encabezado": null,
          "formatos_fecha": ["yyyy/MM/dd h:mm:ss tt", "d/MM/yyyy H:mm:ss"],
          "dependencia": "Secretaría General",
          "columnas": {"respuesta": "ID", "respondida_el": "Marca temporal", "dependencia": "¿Qué dependencia lo atendió?",
                       "canal": "Canal de atención", "radicado": "Número de radicado", "grupo_valor": "Usted es"},
          "alias_dependencias": {"Hacienda": "Secretaría de Hacienda"},
          "valores": {"canal": {"Presencial": "presencial", "Virtual": "virtual"}},
          "escalas": {"satisfaccion": {"Muy satisfecho": 5, "Satisfecho": 4, "Ni satisfecho ni insatisfecho": 3,
                                       "Insatisfecho": 2, "Muy insatisfecho": 1, "No sabe / No responde": null},
                      "uno_a_cinco": {"desde": 1, "hasta": 5},
                      "cero_a_diez": {"desde": 0, "hasta": 10}},
          "preguntas": [{"columna": "¿Qué tan satisfecho está con la atención recibida?", "codigo": "SAT", "dimension": "satisfacción general", "escala": "satisfaccion"},
                        {"columna": "Califique de 1 a 5 la claridad de la información", "codigo": "CLA", "dimension": "claridad", "escala": "uno_a_cinco"},
                        {"columna": "¿Qué tan probable es que nos recomiende?", "codigo": "REC", "dimension": "recomendación", "escala": "cero_a_diez", "nps": true}],
          "comentarios": ["Comentarios o sugerencias"],
          "datos_personales": ["Dirección de correo electrónico", "Nombre"]
        }
        """;

    public const string GoogleHeader =
        "Marca temporal,Dirección de correo electrónico,ID,¿Qué dependencia lo atendió?,Canal de atención,Número de radicado,Usted es," +
        "¿Qué tan satisfecho está con la atención recibida?,Califique de 1 a 5 la claridad de la información,¿Qué tan probable es que nos recomiende?," +
        "Comentarios o sugerencias,Nombre";

    /// <summary>
    /// Line 2..8. Loaded: G1-G5, G7 (six responses); G6 has the unknown label "Regular" (line 7, quarantined).
    /// SAT 5,4,2,—(NS/NR),3,1: valid 5, top two 2. CLA 5,4,2,3,1,— : valid 5, top two 2. REC 10,9,3,7,0,6: valid 6, top two 2;
    /// promoters 2, detractors 3 (3, 0, 6): NPS (2 − 3) / 6. Pooled T2B 6 / 16; rescaled SAT 15 + CLA 15 + REC 20 = 50, mean 50 / 16.
    /// Hacienda (G1, G2, G5, G7): SAT 5,4,3,1 (2 of 4), CLA 5,4,1 (2 of 3), REC 10,9,0,6 (2 of 4): 6 / 11.
    /// Secretaría General (G3 and G4, no column value on G4: the profile's fixed dependency): SAT 2 (0/1), CLA 2,3 (0/2), REC 3,7 (0/2): 0 / 5.
    /// March: G1-G4 (G4 "9/03/2024" is the Sheet-style stamp); April: G5, G7.
    /// </summary>
    public static readonly string[] GoogleRows =
    [
        "2024/03/05 10:15:32 a. m. GMT-5,juan.perez@correo.co,G1,Hacienda,Presencial,2024-000101,Ciudadano,Muy satisfecho,5,10,\"Excelente, escríbanme a juan.perez@correo.co\",Juan Pérez",
        "2024/03/06 3:20:00\u202Fp.\u202Fm. GMT-5,,G2,Hacienda,Virtual,,Empresa,Satisfecho,4,9,,",
        "2024/03/07 9:00:00\u202Fa. m. GMT-5,,G3,Secretaría General,Presencial,,Ciudadano,Insatisfecho,2,3,\"Nadie contesta; llamar al 300 123 4567, cédula 1.098.765.432\",Ana Gómez",
        "9/03/2024 23:59:59,,G4,,Virtual,,Ciudadano,No sabe / No responde,3,7,,",
        "2024/04/02 11:00:00 a. m. GMT-5,,G5,Hacienda,Presencial,,Ciudadano,Ni satisfecho ni insatisfecho,1,0,,",
        "2024/04/03 8:00:00 a. m. GMT-5,,G6,Hacienda,Presencial,,Ciudadano,Regular,4,8,Muy lento,Pedro Ruiz",
        "2024/04/04 4:45:10\u00A0p. m. GMT-5,,G7,Hacienda,Presencial,,Ciudadano,Muy insatisfecho,,6,,",
    ];

    public const string MicrosoftProfileJson = """
        {
          // Microsoft Forms, modo cuestionario: columnas de puntos y comentarios por pregunta.
          "tipo": "encuestas",
          "fuente": "forms-transito",
          "entidad": "Alcaldía de Ejemplo",
          "formato": "xlsx",
          "dependencia": "Secretaría de Tránsito",
          "columnas": {"respuesta": "Id", "respondida_el": "Hora de finalización"},
          "escalas": {"satisfaccion": {"Muy satisfecho": 5, "Satisfecho": 4, "Neutral": 3, "Insatisfecho": 2, "Muy insatisfecho": 1},
                      "estrellas": {"desde": 1, "hasta": 5}},
          "preguntas": [{"columna": "¿Qué tan satisfecho está con el trámite?", "codigo": "TRA", "dimension": "satisfacción general", "escala": "satisfaccion"},
                        {"columna": "Califique la amabilidad del servidor", "codigo": "AMA", "dimension": "amabilidad", "escala": "estrellas"}],
          "comentarios": ["Sugerencias"],
          "datos_personales": ["Correo electrónico", "Nombre"]
        }
        """;

    /// <summary>TRA 5,4,2,5 (3 of 4 in the top two); AMA 5,3,4,1 (2 of 4): T2B 5 / 8. All in March 2024, Secretaría de Tránsito.</summary>
    public static object?[][] MicrosoftRows =>
    [
        ["Id", "Hora de inicio", "Hora de finalización", "Correo electrónico", "Nombre", "Total de puntos", "Comentarios del cuestionario",
         "¿Qué tan satisfecho está con el trámite?", "Puntos: ¿Qué tan satisfecho está con el trámite?", "Comentarios: ¿Qué tan satisfecho está con el trámite?",
         "Califique la amabilidad del servidor", "Puntos: Califique la amabilidad del servidor", "Comentarios: Califique la amabilidad del servidor", "Sugerencias"],
        [1, new DateTime(2024, 3, 11, 8, 2, 0), new DateTime(2024, 3, 11, 8, 4, 31), "anonymous", null, null, null, "Muy satisfecho", null, null, 5, null, null, "Todo bien"],
        [2, new DateTime(2024, 3, 12, 9, 0, 0), new DateTime(2024, 3, 12, 9, 1, 0), "maria@correo.co", "María Ríos", null, null, "Satisfecho", null, "Llamar al 3109876543", 3, null, null, null],
        [3, new DateTime(2024, 3, 13, 23, 58, 0), new DateTime(2024, 3, 14, 0, 1, 5), "anonymous", null, null, null, "Insatisfecho", null, null, 4, null, null, "Escribir a pqr@transito.gov.co"],
        [4, new DateTime(2024, 3, 15, 10, 0, 0), new DateTime(2024, 3, 15, 10, 3, 0), "anonymous", null, null, null, "Muy satisfecho", null, null, 1, null, null, null],
    ];

    public const string LimeProfileJson = """
        {
          "tipo": "encuesta",
          "fuente": "limesurvey-salud",
          "entidad": "Alcaldía de Ejemplo",
          "formato": "csv",
          "separador": null,
          "formatos_fecha": ["yyyy-MM-dd HH:mm:ss"],
          "dependencia": "Secretaría de Salud",
          "columnas": {"respuesta": "id", "respondida_el": "submitdate"},
          "escalas": {"codigos": {"A1": 1, "A2": 2, "A3": 3, "A4": 4, "A5": 5}, "cinco": {"desde": 1, "hasta": 5}},
          "preguntas": [{"columna": "Q1", "codigo": "ATE", "dimension": "atención", "escala": "codigos"},
                        {"columna": "Q2[SQ001]", "codigo": "TIE", "dimension": "tiempo de espera", "escala": "cinco"}],
          "datos_personales": ["ipaddr"]
        }
        """;

    /// <summary>Responses 2 and 4 were never submitted. Q1 A5, A4, A2 (2 of 3); Q2 4, 5, 2 (2 of 3): T2B 4 / 6, March 2024.</summary>
    public static string LimeCsv(char separator) => string.Join("\n", new[]
    {
        "id;submitdate;lastpage;startlanguage;seed;startdate;datestamp;ipaddr;Q1;Q2[SQ001]",
        "1;2024-03-10 10:00:00;2;es;123;2024-03-10 09:55:00;2024-03-10 10:00:00;190.24.1.10;A5;4",
        "2;;1;es;456;2024-03-10 11:00:00;2024-03-10 11:01:00;190.24.1.11;A1;",
        "3;2024-03-11 11:30:00;2;es;789;2024-03-11 11:20:00;2024-03-11 11:30:00;190.24.1.12;A4;5",
        "4;;0;es;321;2024-03-11 12:00:00;2024-03-11 12:00:00;190.24.1.13;;",
        "5;2024-03-12 09:00:00;2;es;654;2024-03-12 08:50:00;2024-03-12 09:00:00;190.24.1.14;A2;2",
    }).Replace(';', separator) + "\n";

    public const string TabulationProfileJson = """
        {
          "tipo": "encuesta",
          "fuente": "tabulacion-mesa-tecnica",
          "entidad": "Alcaldía de Ejemplo",
          "formato": "xlsx",
          "hoja": "Tabulación",
          "formatos_fecha": ["dd/MM/yyyy"],
          "columnas": {"respondida_el": "Fecha", "dependencia": "Dependencia", "canal": "Canal"},
          "alias_dependencias": {"Hacienda": "Secretaría de Hacienda", "General": "Secretaría General"},
          "valores": {"canal": {"Ventanilla": "presencial", "Teléfono": "telefonico"}},
          "escalas": {"calidad": {"Excelente": 5, "Bueno": 4, "Regular": 3, "Malo": 2, "Muy malo": 1},
                      "uno_a_cinco": {"desde": 1, "hasta": 5}},
          "preguntas": [{"columna": "P1 Atención", "codigo": "P1", "dimension": "atención", "escala": "calidad"},
                        {"columna": "P2 Tiempo", "codigo": "P2", "dimension": "tiempo de espera", "escala": "uno_a_cinco"}],
          "comentarios": ["Observaciones"]
        }
        """;

    private static readonly string[] TabulationP1 = ["Excelente", "Bueno", "Bueno", "Regular", "Excelente", "Malo", "Bueno", "Excelente", "Muy malo", "Regular"];
    private static readonly int[] TabulationP2 = [5, 4, 3, 3, 2, 5, 1, 4, 4, 5];

    /// <summary>
    /// Ten hand-kept rows under a title, 11-20 March 2024, alternating Hacienda / General, no id column (identified by content).
    /// P1: Excelente ×3 + Bueno ×3 = 6 of 10 in the top two; P2: 5 ×3 + 4 ×3 = 6 of 10: 12 / 20.
    /// </summary>
    public static object?[][] TabulationRows()
    {
        var rows = new List<object?[]>
        {
            new object?[] { "Tabulación encuesta de satisfacción — Mesa Técnica 2024", null, null, null, null, null },
            new object?[] { null, null, null, null, null, null },
            new object?[] { "Fecha", "Dependencia", "Canal", "P1 Atención", "P2 Tiempo", "Observaciones" },
        };
        for (var i = 0; i < 10; i++)
            // Clerks type some dates and paste others: real date cells and text alike.
            rows.Add([i % 2 == 0 ? new DateTime(2024, 3, 11 + i) : $"{11 + i}/03/2024", i % 2 == 0 ? "Hacienda" : "General", i % 3 == 0 ? "Teléfono" : "Ventanilla", TabulationP1[i], TabulationP2[i],
                i == 0 ? "Atendió bien; mi número 601 3821010" : null]);
        return [.. rows];
    }

    public string Profile(string name, string json) => _folder.WriteText(name, json);

    public string GoogleCsv(string name = "respuestas.csv", IEnumerable<string>? rows = null) =>
        _folder.WriteText(name, GoogleHeader + "\n" + string.Join("\n", rows ?? GoogleRows) + "\n");

    public string MicrosoftXlsx(string name = "Encuesta tránsito.xlsx") => Fresh(name, path => Workbooks.Write(path, MicrosoftRows));

    public string LimeExport(char separator = ';', string name = "results-survey123.csv") => _folder.WriteText(name, LimeCsv(separator));

    public string TabulationXlsx(string name = "tabulacion.xlsx") =>
        Fresh(name, path => Workbooks.Write(path, new Dictionary<string, object?[][]> { ["Tabulación"] = TabulationRows() }));

    // MiniExcel refuses to overwrite; a test that loads the same export twice writes it twice, byte for byte alike.
    private string Fresh(string name, Func<string, string> write)
    {
        var path = _folder.File(name);
        return File.Exists(path) ? path : write(path);
    }

    public static FileLoadOptions Options => new(Today, Today, Path.GetTempPath(), null);

    public LoadSummary LoadGoogle(Warehouse warehouse, string? file = null) =>
        SurveyLoad.Run(warehouse, Profile("google.json", GoogleProfileJson), file ?? GoogleCsv(), Options);

    public LoadSummary LoadMicrosoft(Warehouse warehouse) =>
        SurveyLoad.Run(warehouse, Profile("forms.json", MicrosoftProfileJson), MicrosoftXlsx(), Options);

    public LoadSummary LoadLime(Warehouse warehouse, char separator = ';') =>
        SurveyLoad.Run(warehouse, Profile("lime.json", LimeProfileJson), LimeExport(separator), Options);

    public LoadSummary LoadTabulation(Warehouse warehouse) =>
        SurveyLoad.Run(warehouse, Profile("tabulacion.json", TabulationProfileJson), TabulationXlsx(), Options);

    public void LoadAll(Warehouse warehouse)
    {
        LoadGoogle(warehouse);
        LoadMicrosoft(warehouse);
        LoadLime(warehouse);
        LoadTabulation(warehouse);
    }

    public void Dispose() => _folder.Dispose();
}
