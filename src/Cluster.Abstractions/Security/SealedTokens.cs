using System.Text.Json;
using Cluster.Abstractions.Users;

namespace Cluster.Abstractions.Security;

/// <summary>Seals and opens the opaque tokens clients carry: refresh tokens and challenge sessions.</summary>
public static class SealedTokens
{
    public static string SealRefreshToken(this ClusterKeys keys, RefreshTokenContent content) =>
        keys.Tokens.Seal(JsonSerializer.SerializeToUtf8Bytes(content), SealPurposes.RefreshToken);

    public static RefreshTokenContent? OpenRefreshToken(this ClusterKeys keys, string token) =>
        Open<RefreshTokenContent>(keys, token, SealPurposes.RefreshToken);

    public static string SealSession(this ClusterKeys keys, AuthSessionContent content) =>
        keys.Tokens.Seal(JsonSerializer.SerializeToUtf8Bytes(content), SealPurposes.AuthSession);

    public static AuthSessionContent? OpenSession(this ClusterKeys keys, string session) =>
        Open<AuthSessionContent>(keys, session, SealPurposes.AuthSession);

    private static T? Open<T>(ClusterKeys keys, string token, string purpose)
        where T : class
    {
        if (!keys.Tokens.TryUnseal(token, purpose, out var plain))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(plain);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
