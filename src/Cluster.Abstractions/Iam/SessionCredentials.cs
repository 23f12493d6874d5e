using System.Text.Json;
using Cluster.Abstractions.Security;
using Cluster.Domain.Credentials;

namespace Cluster.Abstractions.Iam;

/// <summary>Mints temporary credentials whose session token seals their own secret, and opens such tokens.</summary>
public static class SessionCredentials
{
    /// <summary>AWS's default lifetime of credentials from an identity pool.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    public static TemporaryCredentials Mint(
        this ClusterKeys keys,
        string roleArn,
        string sessionName,
        IReadOnlyDictionary<string, string[]> variables,
        IReadOnlyDictionary<string, string> principalTags,
        DateTimeOffset now,
        TimeSpan lifetime,
        string? sessionPolicy = null)
    {
        var expires = now + lifetime;
        var content = new SessionTokenContent(
            AccessKeys.NewTemporaryAccessKeyId(),
            AccessKeys.NewSecretAccessKey(),
            roleArn,
            sessionName,
            variables,
            principalTags,
            now.ToUnixTimeSeconds(),
            expires.ToUnixTimeSeconds(),
            sessionPolicy);
        var token = keys.Tokens.Seal(JsonSerializer.SerializeToUtf8Bytes(content), SealPurposes.SessionToken);
        return new TemporaryCredentials(content.AccessKeyId, content.SecretAccessKey, token, DateTimeOffset.FromUnixTimeSeconds(content.ExpiresAt));
    }

    /// <summary>The content of a session token this cluster sealed, or null (forged, altered, or another purpose's).</summary>
    public static SessionTokenContent? OpenSessionToken(this ClusterKeys keys, string token)
    {
        if (!keys.Tokens.TryUnseal(token, SealPurposes.SessionToken, out var plain))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SessionTokenContent>(plain);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
