using System.Text;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>A ventanilla-única style export (windows-1252, ';') written to disk, and a way to load it for real.</summary>
internal sealed class LoadFixture : IDisposable
{
    public const string Header =
        "No. Radicado;Fecha Radicación;Tipo de Solicitud;Medio de Recepción;Dependencia;Asunto;Fecha Respuesta;Fecha Límite;Días Prórroga;Trasladado;Nombre Peticionario;Cédula;Teléfono;Correo";

    public const string ProfileJson = """
        {
          "fuente": "ventanilla-unica",
          "entidad": "Alcaldía de Ejemplo",
          "formato": "csv",
          "codificacion": "windows-1252",
          "separador": ";",
          "hoja": null,
          "fila_encabezado": null,
          "formatos_fecha": ["dd/MM/yyyy HH:mm", "dd/MM/yyyy"],
          "columnas": {"radicado": "No. Radicado", "radicado_el": "Fecha Radicación", "tipo": "Tipo de Solicitud",
                       "canal": "Medio de Recepción", "dependencia": "Dependencia", "tema": "Asunto",
                       "respondido_el": "Fecha Respuesta", "vencimiento_fuente": "Fecha Límite",
                       "prorroga_dias": "Días Prórroga", "trasladado": "Trasladado"},
          "valores": {"tipo": {"DERECHO DE PETICION": "peticion", "SOLICITUD DE INFORMACION": "informacion", "QUEJA": "queja", "FELICITACION": "felicitacion"},
                      "canal": {"VENTANILLA": "presencial", "PAGINA WEB": "virtual"}},
          "alias_dependencias": {"HACIENDA": "Secretaría de Hacienda", "GOBIERNO": "Secretaría de Gobierno"},
          "datos_personales": ["Nombre Peticionario", "Cédula", "Teléfono", "Correo"],
          "dias_no_habiles": ["2024-03-26", "2024-03-27"]
        }
        """;

    public static readonly DateOnly Today = new(2024, 7, 15);

    private readonly string _folder = Directory.CreateTempSubdirectory("indicadores-etl-").FullName;

    /// <summary>Where the exports written by <see cref="WriteExport(string, string[])"/> are.</summary>
    public string Folder => _folder;

    static LoadFixture() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public MappingProfile Profile { get; }

    public LoadFixture()
    {
        var path = Path.Combine(_folder, "ventanilla-unica.json");
        File.WriteAllText(path, ProfileJson);
        Profile = MappingProfiles.Load(path);
    }

    public string WriteExport(string name, params string[] rows) => WriteExport(name, rows, Header);

    public string WriteExport(string name, string[] rows, string header)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, string.Join("\r\n", new[] { header }.Concat(rows)) + "\r\n", Encoding.GetEncoding(1252));
        return path;
    }

    public LoadSummary Load(Warehouse warehouse, string path, DateOnly? cutOff = null, CancellationToken cancellation = default,
        IProgress<long>? progress = null, MappingProfile? profile = null, string? petitionerSalt = null, double? quarantineShare = null)
    {
        var table = SourceFiles.Open(path, profile ?? Profile, petitionerSalt);
        var calendar = new BusinessCalendar(Profile.NonWorkingDays);
        return PetitionLoad.Run(warehouse, profile ?? Profile, table,
            // Hashed alongside the load, as FileLoad does.
            new LoadOptions(cutOff ?? Today, Today, calendar, Task.Run(() => SourceFiles.Sha256Of(path)))
            {
                QuarantineShare = quarantineShare ?? QuarantineWarning.DefaultShare,
            }, progress, cancellation);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
