using System.Text.Json;

namespace Cluster.LoadTests;

/// <summary>
/// What a mobile app does when it opens: refresh its tokens, fetch the user, trade the new ID token for temporary
/// credentials. Timed as one; the sync issue adds ListRecords as the fourth step.
/// </summary>
public static class AppOpen
{
    private const string Identity = "AWSCognitoIdentityService.";

    public static async Task<CallResult> RunAsync(TestUser user, AwsJsonClient client)
    {
        var refreshed = await client.CallAsync("InitiateAuth", user.RefreshBody);
        if (!refreshed.IsSuccess)
        {
            return refreshed;
        }

        string accessToken, idToken;
        using (var json = JsonDocument.Parse(refreshed.Body))
        {
            var result = json.RootElement.GetProperty("AuthenticationResult");
            accessToken = result.GetProperty("AccessToken").GetString()!;
            idToken = result.GetProperty("IdToken").GetString()!;
        }

        var profile = await client.CallAsync("GetUser", JsonSerializer.SerializeToUtf8Bytes(new { AccessToken = accessToken }));
        if (!profile.IsSuccess)
        {
            return profile;
        }

        return await client.CallAsync(Identity + "GetCredentialsForIdentity", JsonSerializer.SerializeToUtf8Bytes(new
        {
            user.IdentityId,
            Logins = new Dictionary<string, string> { [user.IdentityProvider] = idToken },
        }));
    }
}
