using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>Signs in the local command line that presents the <see cref="ServerToken"/> in its header.</summary>
public sealed class ServerTokenAuthentication(IOptionsMonitor<ServerTokenAuthentication.TokenOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<ServerTokenAuthentication.TokenOptions>(options, logger, encoder)
{
    public const string SchemeName = "TokenServidor";
    public const string CommandLineName = "linea-de-comandos";

    public sealed class TokenOptions : AuthenticationSchemeOptions
    {
        public string Token { get; set; } = "";
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ServerToken.Header, out var sent) || Options.Token.Length == 0)
            return Task.FromResult(AuthenticateResult.NoResult());
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent.ToString()), Encoding.UTF8.GetBytes(Options.Token)))
            return Task.FromResult(AuthenticateResult.Fail("La clave del servidor no coincide."));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, CommandLineName)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
