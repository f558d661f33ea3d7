using Microsoft.Net.Http.Headers;

namespace IndicadoresServicio.Dashboard.Web.Assets;

/// <summary>Maps each <see cref="StaticAsset"/> to its path, public (the sign-in page needs the styles) and cacheable.</summary>
public static class StaticAssetEndpoints
{
    public static void MapDashboardAssets(this IEndpointRouteBuilder endpoints)
    {
        foreach (var asset in StaticAsset.All)
            endpoints.MapMethods(asset.Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) => Serve(context, asset)).AllowAnonymous();
    }

    private static IResult Serve(HttpContext context, StaticAsset asset)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Content, asset.ContentType);
    }
}
