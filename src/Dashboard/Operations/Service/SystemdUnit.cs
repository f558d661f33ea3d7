using System.Globalization;
using System.Text;

namespace IndicadoresServicio.Dashboard.Operations.Service;

/// <summary>
/// The systemd unit of `./indicadores instalar-servicio`: the built server run directly (no build at start), as a
/// user of its own, in the installation's folder, with settings from config/appsettings.json overridden by an
/// environment file (INDICADORES__Puerto=8080, INDICADORES_BD=Host=...), restarted when it fails, and hardened so
/// that the only place it may write is its data folder.
/// </summary>
public sealed record SystemdUnit(string User, string Root, string Dotnet, string Program, string EnvironmentFile)
{
    public string DataDirectory => Path.Combine(Root, "data");

    public string Text()
    {
        // ProtectHome=yes would hide an installation (or a .NET) living in a home folder; read-only still protects it.
        var underHome = new[] { Root, Dotnet, Program }.Any(p => p.StartsWith("/home/", StringComparison.Ordinal) || p.StartsWith("/root/", StringComparison.Ordinal));
        // PrivateTmp=yes would hide an installation (or a .NET) living under /tmp, as a throwaway test one does.
        var underTmp = new[] { Root, Dotnet, Program }.Any(p => p.StartsWith("/tmp/", StringComparison.Ordinal) || p.StartsWith("/var/tmp/", StringComparison.Ordinal));
        var text = new StringBuilder();
        text.AppendLine("# Escrita por ./indicadores instalar-servicio; docs/operacion.md explica cada línea.");
        text.AppendLine("[Unit]");
        text.AppendLine("Description=IndicadoresServicio: cargas programadas y tablero de indicadores MIPG");
        text.AppendLine("Documentation=file:" + Path.Combine(Root, "docs", "operacion.md"));
        text.AppendLine("After=network-online.target postgresql.service");
        text.AppendLine("Wants=network-online.target");
        text.AppendLine();
        text.AppendLine("[Service]");
        text.AppendLine("Type=simple");
        text.AppendLine(CultureInfo.InvariantCulture, $"User={User}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Group={User}");
        text.AppendLine(CultureInfo.InvariantCulture, $"WorkingDirectory={Root}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Environment=INDICADORES_INICIO={Root}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Environment=HOME={DataDirectory}");
        text.AppendLine("Environment=DOTNET_CLI_TELEMETRY_OPTOUT=1");
        text.AppendLine("Environment=DOTNET_NOLOGO=1");
        text.AppendLine("# Variables que sobreescriben config/appsettings.json (INDICADORES__Puerto=8080, INDICADORES_BD=Host=...).");
        text.AppendLine(CultureInfo.InvariantCulture, $"EnvironmentFile=-{EnvironmentFile}");
        text.AppendLine(CultureInfo.InvariantCulture, $"ExecStart={Dotnet} {Program} servir");
        text.AppendLine("# Como Ctrl+C: termina la carga en curso antes de salir.");
        text.AppendLine("KillSignal=SIGINT");
        text.AppendLine("TimeoutStopSec=15min");
        text.AppendLine("Restart=on-failure");
        text.AppendLine("RestartSec=10s");
        text.AppendLine("UMask=0027");
        text.AppendLine("# Endurecimiento: solo escribe en su carpeta de datos (bodega, entrada, informes, respaldos, registros).");
        text.AppendLine("NoNewPrivileges=yes");
        text.AppendLine("ProtectSystem=strict");
        text.AppendLine(CultureInfo.InvariantCulture, $"ProtectHome={(underHome ? "read-only" : "yes")}");
        // Without a private /tmp, ProtectSystem=strict would leave /tmp read-only: .NET and Chromium write there.
        text.AppendLine(CultureInfo.InvariantCulture, $"ReadWritePaths={DataDirectory}{(underTmp ? " /tmp" : "")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"PrivateTmp={(underTmp ? "no" : "yes")}");
        text.AppendLine("ProtectKernelTunables=yes");
        text.AppendLine("ProtectKernelModules=yes");
        text.AppendLine("ProtectKernelLogs=yes");
        text.AppendLine("ProtectControlGroups=yes");
        text.AppendLine("ProtectClock=yes");
        text.AppendLine("ProtectHostname=yes");
        text.AppendLine("RestrictSUIDSGID=yes");
        text.AppendLine("RestrictRealtime=yes");
        text.AppendLine("RestrictNamespaces=yes");
        text.AppendLine("LockPersonality=yes");
        text.AppendLine("RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6");
        text.AppendLine("CapabilityBoundingSet=");
        text.AppendLine("SystemCallArchitectures=native");
        text.AppendLine();
        text.AppendLine("[Install]");
        text.AppendLine("WantedBy=multi-user.target");
        return text.ToString();
    }
}
