using System.Text;
using System.Text.Json;
using IndicadoresServicio.Dashboard.Hosting.Logging;
using IndicadoresServicio.Etl.Inbox;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;
using Microsoft.Extensions.Logging;

namespace IndicadoresServicio.Dashboard.Tests.Operations;

public sealed class JsonLinesLogTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-registros-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void The_log_starts_a_file_each_Colombian_day_and_keeps_only_the_configured_number_of_days()
    {
        var folder = Path.Combine(_root, "registros");
        // 04:00 UTC is still the day before in Bogotá (UTC-5).
        var clock = new MovableClock(new DateTimeOffset(2026, 12, 1, 4, 0, 0, TimeSpan.Zero));
        using var log = new JsonLinesLog(folder, keepDays: 2, clock);
        var logger = log.CreateLogger("Indicadores.Prueba");
        for (var day = 0; day < 4; day++)
        {
            logger.LogInformation("Día {Dia}", day);
            clock.Now = clock.Now.AddDays(1);
        }

        Directory.GetFiles(folder).Select(Path.GetFileName).Order()
            .Should().Equal("indicadores-2026-12-02.jsonl", "indicadores-2026-12-03.jsonl");
        var line = JsonDocument.Parse(File.ReadAllLines(JsonLinesLog.FileFor(folder, new DateOnly(2026, 12, 3)))[0]).RootElement;
        line.GetProperty("mensaje").GetString().Should().Be("Día 3");
        line.GetProperty("datos").GetProperty("Dia").GetInt32().Should().Be(3);
        line.GetProperty("nivel").GetString().Should().Be("informacion");
        line.GetProperty("ejecucion").GetString().Should().Be(log.RunId);
    }

    [Theory]
    [MemberData(nameof(TestWarehouse.Engines), MemberType = typeof(TestWarehouse))]
    public void A_scheduled_load_logs_json_lines_with_the_run_id_and_without_the_petitioners_personal_data(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var profile = Path.Combine(_root, "ventanilla.json");
        File.WriteAllText(profile, """
            {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["yyyy-MM-dd"],
             "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo"},
             "datos_personales": ["Nombre", "Correo"]}
            """);
        var folders = new InboxFolders(Path.Combine(_root, "data"));
        Directory.CreateDirectory(folders.Incoming("ventanilla"));
        File.WriteAllText(Path.Combine(folders.Incoming("ventanilla"), "marzo.csv"),
            "Radicado;Fecha;Tipo;Nombre;Correo\nR-1;2024-03-01;peticion;Zoila Vaca Pérez;zoila.vaca@correo.co\nR-2;no-es-fecha;queja;Elsa Pato;elsa@correo.co\n",
            Encoding.UTF8);
        var folder = Path.Combine(_root, "data", JsonLinesLog.FolderName);
        using (var log = new JsonLinesLog(folder, 30, TimeProvider.System))
        {
            var logger = log.CreateLogger("IndicadoresServicio.Etl.Scheduling.SourceLoadJob");
            var today = new DateOnly(2024, 6, 30);
            // What SourceLoadJob does with every line of the load's report.
            var outcomes = SourceInbox.Process(test.Warehouse, profile, folders, new FileLoadOptions(today, today, Path.Combine(_root, "sin"), null),
                line => logger.LogInformation("{Line}", line));
            outcomes.Should().ContainSingle().Which.Summary!.Quarantined.Should().Be(1);
            logger.LogError(new InvalidOperationException("la bodega no responde"), "Fuente {Source}: falló.", "ventanilla");

            var text = string.Concat(Directory.GetFiles(folder).Select(File.ReadAllText));
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            lines.Should().HaveCountGreaterThan(1);
            lines.Should().OnlyContain(l => l.GetProperty("ejecucion").GetString() == log.RunId);
            lines.Should().Contain(l => l.GetProperty("mensaje").GetString()!.Contains("marzo.csv"));
            lines[^1].GetProperty("error").GetProperty("mensaje").GetString().Should().Be("la bodega no responde");
            lines[^1].GetProperty("nivel").GetString().Should().Be("error");
            foreach (var personal in new[] { "Zoila", "Vaca", "zoila.vaca@correo.co", "Elsa", "elsa@correo.co" })
                text.Should().NotContain(personal);
        }
    }
}
