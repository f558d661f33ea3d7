using PuppeteerSharp;

namespace IndicadoresServicio.Dashboard.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by PuppeteerSharp. Never downloads a browser (the machines reach no host for
/// it): ./test.sh installs the Debian package. Each launch gets a fresh profile folder and no background traffic.
/// </summary>
internal static class HeadlessChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> Launch(string profileFolder)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Falta Chromium ({ExecutablePath}) para la prueba de punta a punta en el navegador. " +
                "Ejecute ./test.sh, que instala el paquete de Debian «chromium», o instálelo con: apt-get install -y chromium");
        return await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            UserDataDir = profileFolder,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--no-first-run", "--disable-sync", "--lang=es-CO",
            ],
            Timeout = 60_000,
        });
    }
}
