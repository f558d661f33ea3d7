using System.Net;
using System.Text.RegularExpressions;

namespace IndicadoresServicio.Dashboard.Bench;

/// <summary>Signs in once through the real form (anti-forgery token included); the cookie is then shared by every request.</summary>
internal static partial class SignedInClient
{
    public static async Task<HttpClient> Create(Uri server, string userName, string password)
    {
        var client = new HttpClient(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 64,
        }) { BaseAddress = server, Timeout = TimeSpan.FromMinutes(5) };
        var form = await client.GetStringAsync("/ingresar");
        var token = WebUtility.HtmlDecode(TokenField().Match(form).Groups[1].Value);
        var response = await client.PostAsync("/ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__formulario"] = token, ["usuario"] = userName, ["clave"] = password,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"No se pudo ingresar como {userName}: {(int)response.StatusCode}.");
        return client;
    }

    [GeneratedRegex("name=\"__formulario\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
