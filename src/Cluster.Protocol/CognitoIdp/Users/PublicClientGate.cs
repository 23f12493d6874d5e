using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.Codes;
using Cluster.Domain.Errors;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>Resolves a public call's ClientId to its pool and checks SECRET_HASH when the client has a secret.</summary>
public sealed class PublicClientGate(IUserPoolContextCache pools)
{
    public async Task<(PublicClient? Client, IdentityError? Error)> OpenAsync(string clientId)
    {
        var poolId = await pools.FindPoolOfClientAsync(clientId);
        var context = poolId is null ? null : await pools.GetAsync(poolId);
        if (context is null || !context.Clients.TryGetValue(clientId, out var client))
        {
            return (null, IdentityError.NotFound($"User pool client {clientId} does not exist."));
        }

        return (new PublicClient(context, client), null);
    }

    /// <summary>Opens the client and checks the secret hash over any of <paramref name="usernames"/> (the name sent, or the stored one).</summary>
    public async Task<(PublicClient? Client, IdentityError? Error)> OpenAsync(string clientId, string? secretHash, params string?[] usernames)
    {
        var (client, error) = await OpenAsync(clientId);
        if (client is null)
        {
            return (null, error);
        }

        var secrets = client.Pool.ClientSecrets.GetValueOrDefault(clientId) ?? [];
        if (secrets.Count == 0)
        {
            return (client, null);
        }

        if (string.IsNullOrEmpty(secretHash))
        {
            return (null, new IdentityError(ErrorCodes.NotAuthorized, $"Client {clientId} is configured with secret but SECRET_HASH was not received"));
        }

        var valid = secrets.Any(secret => usernames.Any(name => name is not null && SecretHash.Verify(secret, name, clientId, secretHash)));
        return valid ? (client, null) : (null, new IdentityError(ErrorCodes.NotAuthorized, $"Unable to verify secret hash for client {clientId}"));
    }

    /// <summary>Opens the client and checks a client secret sent in clear (GetTokensFromRefreshToken, RevokeToken).</summary>
    public async Task<(PublicClient? Client, IdentityError? Error)> OpenWithSecretAsync(string clientId, string? clientSecret)
    {
        var (client, error) = await OpenAsync(clientId);
        if (client is null)
        {
            return (null, error);
        }

        var secrets = client.Pool.ClientSecrets.GetValueOrDefault(clientId) ?? [];
        if (secrets.Count == 0)
        {
            return (client, null);
        }

        var presented = System.Text.Encoding.UTF8.GetBytes(clientSecret ?? string.Empty);
        var valid = secrets.Any(s => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(s), presented));
        return valid ? (client, null) : (null, new IdentityError(ErrorCodes.NotAuthorized, $"Client {clientId} is configured with secret but the client secret is missing or wrong."));
    }
}
