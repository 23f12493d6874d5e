using System.Net.Http.Headers;
using Cluster.Abstractions.Errors;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// A Login with Amazon access token: <c>/auth/o2/tokeninfo</c> says which client (<c>aud</c>) and app (<c>app_id</c>)
/// it was issued to, either of which must be the pool's app id; <c>/user/profile</c> gives the user id and profile.
/// </summary>
internal sealed class AmazonTokenVerifier(HttpClient client, string apiUrl)
{
    public async Task<Result<ExternalLogin>> VerifyAsync(IReadOnlyCollection<string> appIds, string token, CancellationToken ct)
    {
        using var infoRequest = new HttpRequestMessage(HttpMethod.Get, $"{apiUrl}/auth/o2/tokeninfo?access_token={Uri.EscapeDataString(token)}");
        var info = await ProviderApiClient.GetObjectAsync(client, infoRequest, PublicLoginProviders.Amazon, ct);
        if (!info.IsSuccess)
        {
            return Result<ExternalLogin>.Fail(info.Error!);
        }

        var audience = ProviderApiClient.StringOf(info.Value, "aud");
        var appId = ProviderApiClient.StringOf(info.Value, "app_id");
        var forThisApp = (audience is not null && appIds.Contains(audience, StringComparer.Ordinal))
            || (appId is not null && appIds.Contains(appId, StringComparer.Ordinal));
        if (!forThisApp)
        {
            return LoginTokenErrors.InvalidAccessToken();
        }

        using var profileRequest = new HttpRequestMessage(HttpMethod.Get, $"{apiUrl}/user/profile");
        profileRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var profile = await ProviderApiClient.GetObjectAsync(client, profileRequest, PublicLoginProviders.Amazon, ct);
        if (!profile.IsSuccess)
        {
            return Result<ExternalLogin>.Fail(profile.Error!);
        }

        var userId = ProviderApiClient.StringOf(profile.Value, "user_id");
        var tokenUserId = ProviderApiClient.StringOf(info.Value, "user_id");
        if (string.IsNullOrEmpty(userId) || (tokenUserId is not null && tokenUserId != userId))
        {
            return LoginTokenErrors.InvalidAccessToken();
        }

        var claims = ProviderApiClient.ClaimsOf(profile.Value);
        if (audience is not null)
        {
            claims["aud"] = [audience];
        }

        if (appId is not null)
        {
            claims["app_id"] = [appId];
        }

        return new ExternalLogin(PublicLoginProviders.Amazon, userId, claims);
    }
}
