using System.Collections.Concurrent;
using Cluster.Abstractions.IdentityPools;

namespace Cluster.Grains.IdentityPools;

/// <summary>
/// Per-silo identity pools. An entry is trusted for <see cref="Freshness"/>; then the next reader asks the pool grain
/// for its version and refetches only when it changed, one refresh shared by concurrent readers.
/// </summary>
public sealed class IdentityPoolCache(IGrainFactory grains, TimeProvider time) : IIdentityPoolCache
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<Entry>>> refreshes = new(StringComparer.Ordinal);

    public async ValueTask<IdentityPoolRuntime?> GetAsync(string identityPoolId)
    {
        if (entries.TryGetValue(identityPoolId, out var entry) && time.GetUtcNow() - entry.CheckedAt < Freshness)
        {
            return entry.Pool;
        }

        var refresh = refreshes.GetOrAdd(identityPoolId, id => new Lazy<Task<Entry>>(() => RefreshAsync(id, entry)));
        try
        {
            return (await refresh.Value).Pool;
        }
        finally
        {
            refreshes.TryRemove(new KeyValuePair<string, Lazy<Task<Entry>>>(identityPoolId, refresh));
        }
    }

    public void Invalidate(string identityPoolId) => entries.TryRemove(identityPoolId, out _);

    private async Task<Entry> RefreshAsync(string identityPoolId, Entry? previous)
    {
        var grain = grains.GetGrain<IIdentityPoolGrain>(identityPoolId);
        if (previous?.Pool is not null && await grain.GetVersionAsync() == previous.Pool.Version)
        {
            return entries[identityPoolId] = previous with { CheckedAt = time.GetUtcNow() };
        }

        return entries[identityPoolId] = new Entry(await grain.GetAsync(), time.GetUtcNow());
    }

    private sealed record Entry(IdentityPoolRuntime? Pool, DateTimeOffset CheckedAt);
}
