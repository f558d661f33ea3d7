using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Dashboard.Web.Assets;
using IndicadoresServicio.Dashboard.Web.Quality;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace IndicadoresServicio.Dashboard.Web;

/// <summary>
/// The dashboard's web side inside the server: Razor Pages under Web/Pages, local accounts with a sign-in cookie,
/// roles, anti-forgery, the assets it serves itself, and the policy that everything but the sign-in page, the
/// assets and the health check needs a signed-in user.
/// </summary>
public static class DashboardWeb
{
    public const string SessionCookie = "indicadores.sesion";
    public const string AntiforgeryCookie = "indicadores.formulario";
    public const string AdminPolicy = "administracion";

    /// <summary>The local command line's API (<c>/api/trabajos</c>): a signed-in person, or the command line with the server's token.</summary>
    public const string LocalApiPolicy = "api-local";

    public static void AddDashboardWeb(this WebApplicationBuilder builder, Warehouse warehouse, string serverToken)
    {
        var services = builder.Services;
        services.AddSingleton(warehouse);
        services.AddSingleton(new AppUsers(warehouse));
        services.AddSingleton(new DataQuality(warehouse));
        services.AddSingleton(new Caching.ResultCache());
        services.AddHostedService<Caching.CacheRefresher>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ColombianClock>();
        services.AddSingleton<Pages.DashboardServices>();
        services.AddSingleton<SignInThrottle>();

        // Spanish text stays readable in the HTML (á, not &#xE1;); the encoder still escapes everything that is markup.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Web/Pages";
            options.Conventions.AllowAnonymousToPage("/Ingresar");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AuthorizePage("/Administracion", AdminPolicy);
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookie;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__formulario";
        });

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = SessionCookie;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request came over HTTPS (a reverse proxy with a certificate); plain HTTP on 127.0.0.1 otherwise.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = "/ingresar";
                options.LogoutPath = "/salir";
                options.ReturnUrlParameter = "volver";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = SessionStamp.Validate;
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                options.Events.OnRedirectToLogin = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/api"))
                    {
                        // A program is asking: a bare 401, not a redirect nor the HTML error page.
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        if (context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } pages)
                            pages.Enabled = false;
                    }
                    else
                        context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
            })
            .AddScheme<ServerTokenAuthentication.TokenOptions, ServerTokenAuthentication>(ServerTokenAuthentication.SchemeName, options => options.Token = serverToken);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(CookieAuthenticationDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build())
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(LocalApiPolicy, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, ServerTokenAuthentication.SchemeName)
                .RequireAuthenticatedUser());
    }

    /// <param name="pages">False for a scheduler-only process: its API (health, jobs) without the dashboard's pages.</param>
    public static void UseDashboardWeb(this WebApplication app, bool pages = true)
    {
        // From elsewhere, a server bound to 127.0.0.1 is reached only through a reverse proxy on this machine; its
        // X-Forwarded-Proto (trusted from loopback only) tells whether the visitor came over HTTPS, so cookies go Secure.
        // Its X-Forwarded-For gives sign-in throttling the visitor's address instead of the proxy's one for everybody.
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedFor });
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture("es-CO").AddSupportedCultures("es-CO").AddSupportedUICultures("es-CO");
            options.RequestCultureProviders.Clear();
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAuditedDownloads();
        if (!pages)
            return;
        app.MapDashboardAssets();
        app.MapRazorPages();
    }
}
