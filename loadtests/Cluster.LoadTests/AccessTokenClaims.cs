using System.Text.Json;

namespace Cluster.LoadTests;

/// <summary>
/// The claims of an access token the orleans transport needs to call the user's grain as GetUser does
/// (sub, iat, origin_jti, client_id). Read without verifying: verification is part of what HTTP costs.
/// </summary>
public sealed record AccessTokenClaims(string Sub, long IssuedAt, string? OriginJti, string ClientId)
{
    public static AccessTokenClaims Read(string token)
    {
        var payload = token.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var json = JsonDocument.Parse(Convert.FromBase64String(payload));
        var root = json.RootElement;
        return new AccessTokenClaims(
            root.GetProperty("sub").GetString()!,
            root.GetProperty("iat").GetInt64(),
            root.TryGetProperty("origin_jti", out var jti) ? jti.GetString() : null,
            root.GetProperty("client_id").GetString()!);
    }
}
