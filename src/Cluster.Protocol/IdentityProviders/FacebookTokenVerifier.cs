using Cluster.Abstractions.Errors;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// A Facebook user access token: Graph <c>/app</c> names the app the token was issued to (it must be the pool's app
/// id; this needs no app secret, unlike <c>debug_token</c>), then <c>/me</c> gives the app-scoped user id and profile.
/// </summary>
internal sealed class FacebookTokenVerifier(HttpClient client, string graphUrl)
{
    public async Task<Result<ExternalLogin>> VerifyAsync(IReadOnlyCollection<string> appIds, string token, CancellationToken ct)
    {
        using var appRequest = new HttpRequestMessage(HttpMethod.Get, $"{graphUrl}/app?fields=id&access_token={Uri.EscapeDataString(token)}");
        var app = await ProviderApiClient.GetObjectAsync(client, appRequest, PublicLoginProviders.Facebook, ct);
        if (!app.IsSuccess)
        {
            return Result<ExternalLogin>.Fail(app.Error!);
        }

        var appId = ProviderApiClient.StringOf(app.Value, "id");
        if (appId is null || !appIds.Contains(appId, StringComparer.Ordinal))
        {
            return LoginTokenErrors.InvalidAccessToken();
        }

        using var meRequest = new HttpRequestMessage(HttpMethod.Get, $"{graphUrl}/me?fields=id,name,email&access_token={Uri.EscapeDataString(token)}");
        var me = await ProviderApiClient.GetObjectAsync(client, meRequest, PublicLoginProviders.Facebook, ct);
        if (!me.IsSuccess)
        {
            return Result<ExternalLogin>.Fail(me.Error!);
        }

        var userId = ProviderApiClient.StringOf(me.Value, "id");
        if (string.IsNullOrEmpty(userId))
        {
            return LoginTokenErrors.InvalidAccessToken();
        }

        var claims = ProviderApiClient.ClaimsOf(me.Value);
        claims["app_id"] = [appId];
        return new ExternalLogin(PublicLoginProviders.Facebook, userId, claims);
    }
}
