using IndicadoresServicio.Dashboard.Operations.Service;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>instalar-servicio</c>: writes the systemd unit that runs `servir` as a service of the machine.</summary>
public static class ServiceCommand
{
    public const string DefaultUnit = "/etc/systemd/system/indicadores.service";
    public const string DefaultEnvironmentFile = "/etc/indicadores/indicadores.env";

    public static readonly Command Definition = new(
        "instalar-servicio",
        "Escribe la unidad de systemd que deja el servidor corriendo como servicio.",
        $"""
        Uso: ./indicadores instalar-servicio [--usuario indicadores] [--salida {DefaultUnit}] [--entorno {DefaultEnvironmentFile}]

        Escribe una unidad de systemd que ejecuta «servir» con el programa ya compilado de esta instalación, como el
        usuario indicado (uno propio, sin privilegios), en la carpeta de la instalación, con la configuración de
        config/appsettings.json y las variables del archivo de entorno encima; se reinicia si falla y solo puede
        escribir en data/. Imprime los pasos para crear el usuario y activarla. En Windows, véase docs/operacion.md.

        """,
        Run);

    private static async Task<int> Run(Arguments arguments, CommandContext context)
    {
        var user = arguments.Text("usuario") ?? "indicadores";
        var output = Path.GetFullPath(arguments.Text("salida") ?? DefaultUnit);
        var environment = arguments.Text("entorno") ?? DefaultEnvironmentFile;
        arguments.RejectUnknown();
        if (!System.Text.RegularExpressions.Regex.IsMatch(user, "^[a-z_][a-z0-9_-]{0,31}$"))
            throw new UsageException($"«{user}» no es un nombre de usuario de Linux válido.");
        if (!output.EndsWith(".service", StringComparison.Ordinal))
            throw new UsageException("El archivo de la unidad debe terminar en .service.");
        var unit = new SystemdUnit(user, context.Installation.Root, Dotnet(), typeof(ServiceCommand).Assembly.Location, environment);
        Directory.CreateDirectory(unit.DataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, unit.Text(), context.Cancellation);
        var name = Path.GetFileNameWithoutExtension(output);
        await context.Out.WriteLineAsync($"""
            Unidad escrita en {output}. Para activarla, como root:
              id {user} >/dev/null 2>&1 || useradd --system --home-dir {unit.DataDirectory} --shell /usr/sbin/nologin {user}
              chown -R {user}:{user} {unit.DataDirectory}
              install -d -m 0750 {Path.GetDirectoryName(environment)} && touch {environment}
              systemctl daemon-reload && systemctl enable --now {name}
              curl -s http://127.0.0.1:5080/api/salud
            El usuario {user} debe poder leer {context.Installation.Root} (programa, config/ y perfiles).
            """);
        return 0;
    }

    /// <summary>The .NET host running this command (the unit must not depend on PATH), else the usual places.</summary>
    private static string Dotnet()
    {
        if (Environment.ProcessPath is { } process && Path.GetFileNameWithoutExtension(process) == "dotnet")
            return process;
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            return host;
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, "dotnet");
            if (File.Exists(candidate))
                return candidate;
        }
        return "/usr/bin/dotnet";
    }
}
