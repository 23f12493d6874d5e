using System.Text.Json;

namespace Cluster.LoadTests;

/// <summary>A user of the run's pool, with the request bodies each scenario sends for it, serialised once at setup.</summary>
public sealed class TestUser(string username, string password, string clientId, string accessToken, string refreshToken, string poolId, string idToken = "")
{
    public string Username { get; } = username;

    public string Password { get; } = password;

    public string ClientId { get; } = clientId;

    public string PoolId { get; } = poolId;

    public string AccessToken { get; } = accessToken;

    public string RefreshToken { get; } = refreshToken;

    public string IdToken { get; } = idToken;

    /// <summary>Set when the run has an identity pool: GetId with the user's ID token.</summary>
    public byte[] GetIdBody { get; set; } = [];

    /// <summary>Set when the run has an identity pool: GetCredentialsForIdentity for the user's identity.</summary>
    public byte[] CredentialsBody { get; set; } = [];

    /// <summary>Set when the run has an identity pool: the user's identity and the Logins key of the run's user pool.</summary>
    public string IdentityId { get; set; } = string.Empty;

    public string IdentityProvider { get; set; } = string.Empty;

    /// <summary>Cognito's SRP pool name: the part of the pool id after the underscore.</summary>
    public string SrpPoolName { get; } = poolId[(poolId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    public byte[] SignInBody { get; } = SignIn(clientId, username, password);

    /// <summary>The lockout storm's request: the right user, a wrong password.</summary>
    public byte[] WrongPasswordBody { get; } = SignIn(clientId, username, WrongPassword);

    public byte[] RefreshBody { get; } = JsonSerializer.SerializeToUtf8Bytes(new
    {
        AuthFlow = "REFRESH_TOKEN_AUTH",
        ClientId = clientId,
        AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = refreshToken },
    });

    public byte[] GetUserBody { get; } = JsonSerializer.SerializeToUtf8Bytes(new { AccessToken = accessToken });

    /// <summary>Meets the default password policy, so the service checks it rather than rejecting its shape.</summary>
    public const string WrongPassword = "Wrong!Passw0rd";

    private static byte[] SignIn(string clientId, string username, string password) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        AuthFlow = "USER_PASSWORD_AUTH",
        ClientId = clientId,
        AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password },
    });
}
