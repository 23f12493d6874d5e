using System.Collections.Concurrent;
using System.Text;
using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.Tokens;

namespace Cluster.Grains.UserPools;

/// <summary>
/// Per-silo pool contexts. An entry is trusted for <see cref="Freshness"/>; after that the next reader asks the
/// pool grain for its version (a tiny call) and refetches only when it changed. Concurrent readers of a stale
/// entry share one refresh, so a burst of sign-ins never queues on the pool grain.
/// </summary>
public sealed class UserPoolContextCache(IGrainFactory grains, ClusterKeys keys, PublicEndpoint endpoint, TimeProvider time) : IUserPoolContextCache
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<Entry>>> refreshes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> clientPools = new(StringComparer.Ordinal);

    public async ValueTask<UserPoolContext?> GetAsync(string poolId)
    {
        if (entries.TryGetValue(poolId, out var entry) && time.GetUtcNow() - entry.CheckedAt < Freshness)
        {
            return entry.Context;
        }

        var refresh = refreshes.GetOrAdd(poolId, id => new Lazy<Task<Entry>>(() => RefreshAsync(id, entry)));
        try
        {
            return (await refresh.Value).Context;
        }
        finally
        {
            refreshes.TryRemove(new KeyValuePair<string, Lazy<Task<Entry>>>(poolId, refresh));
        }
    }

    public async ValueTask<string?> FindPoolOfClientAsync(string clientId)
    {
        if (clientPools.TryGetValue(clientId, out var poolId))
        {
            return poolId;
        }

        // A client never moves between pools, so a found mapping is kept; a deleted client fails at the pool.
        poolId = await grains.GetGrain<IAppClientRegistryGrain>(clientId).GetPoolAsync();
        if (poolId is not null)
        {
            clientPools[clientId] = poolId;
        }

        return poolId;
    }

    public void Invalidate(string poolId) => entries.TryRemove(poolId, out _);

    private async Task<Entry> RefreshAsync(string poolId, Entry? previous)
    {
        var pool = grains.GetGrain<IUserPoolGrain>(poolId);
        if (previous is not null && await pool.GetVersionAsync() == previous.Version)
        {
            var confirmed = previous with { CheckedAt = time.GetUtcNow() };
            entries[poolId] = confirmed;
            return confirmed;
        }

        var runtime = await pool.GetRuntimeAsync();
        var entry = new Entry(runtime is null ? null : Build(runtime), runtime?.Version ?? -1, time.GetUtcNow());
        entries[poolId] = entry;
        return entry;
    }

    private UserPoolContext Build(UserPoolRuntime runtime)
    {
        var secrets = runtime.Clients.ToDictionary(
            c => c.ClientId,
            c => (IReadOnlyList<string>)c.Secrets
                .Select(s => keys.AtRest.TryUnsealBytes(s.SealedValue, SealPurposes.ClientSecret, out var plain) ? Encoding.UTF8.GetString(plain) : null)
                .OfType<string>()
                .ToList(),
            StringComparer.Ordinal);
        var materials = runtime.SigningKeys
            .Select(k => keys.AtRest.TryUnsealBytes(k.SealedPrivateKey, SealPurposes.SigningKey, out var pkcs8)
                ? new SigningKeyMaterial(k.KeyId, Enum.Parse<SigningAlgorithm>(k.Algorithm), pkcs8, k.CreatedAt)
                : throw new InvalidOperationException($"Signing key {k.KeyId} of pool {runtime.Pool.Id} cannot be unsealed: is the key-encryption key the one it was sealed with?"))
            .ToList();
        return new UserPoolContext(
            runtime,
            endpoint.IssuerOf(runtime.Pool.Id),
            runtime.Clients.ToDictionary(c => c.ClientId, StringComparer.Ordinal),
            secrets,
            new SigningKeySet(materials));
    }

    private sealed record Entry(UserPoolContext? Context, long Version, DateTimeOffset CheckedAt);
}
