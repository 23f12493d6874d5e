using System.Text.Json;

namespace Cluster.LoadTests;

/// <summary>A user of the run's pool, with the request bodies each scenario sends for it, serialised once at setup.</summary>
public sealed class TestUser(string username, string password, string clientId, string accessToken, string refreshToken, string poolId)
{
    public string Username { get; } = username;

    public string Password { get; } = password;

    public string ClientId { get; } = clientId;

    /// <summary>Cognito's SRP pool name: the part of the pool id after the underscore.</summary>
    public string SrpPoolName { get; } = poolId[(poolId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    public byte[] SignInBody { get; } = JsonSerializer.SerializeToUtf8Bytes(new
    {
        AuthFlow = "USER_PASSWORD_AUTH",
        ClientId = clientId,
        AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password },
    });

    public byte[] RefreshBody { get; } = JsonSerializer.SerializeToUtf8Bytes(new
    {
        AuthFlow = "REFRESH_TOKEN_AUTH",
        ClientId = clientId,
        AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = refreshToken },
    });

    public byte[] GetUserBody { get; } = JsonSerializer.SerializeToUtf8Bytes(new { AccessToken = accessToken });
}
