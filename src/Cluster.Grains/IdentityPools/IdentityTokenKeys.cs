using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.IdentityPools;
using Cluster.Abstractions.Security;
using Cluster.Domain.Tokens;

namespace Cluster.Grains.IdentityPools;

/// <summary>Per-silo OpenID token keys, imported once and re-read every <see cref="Freshness"/> so rotation reaches every silo.</summary>
public sealed class IdentityTokenKeys(IGrainFactory grains, ClusterKeys keys, PublicEndpoint endpoint, TimeProvider time) : IIdentityTokenKeys, IDisposable
{
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim refresh = new(1, 1);
    private volatile Held? current;

    public string Issuer => $"{endpoint.BaseUrl}/cognito-identity";

    public async ValueTask<SigningKeySet> GetAsync()
    {
        if (current is { } held && time.GetUtcNow() - held.CheckedAt < Freshness)
        {
            return held.Set;
        }

        await refresh.WaitAsync();
        try
        {
            if (current is { } again && time.GetUtcNow() - again.CheckedAt < Freshness)
            {
                return again.Set;
            }

            var records = await grains.GetGrain<IIdentityTokenKeyGrain>("default").GetKeysAsync();
            var fingerprint = string.Join(',', records.Select(r => r.KeyId));
            if (current is { } previous && previous.Fingerprint == fingerprint)
            {
                current = previous with { CheckedAt = time.GetUtcNow() };
                return previous.Set;
            }

            var materials = records
                .Select(r => keys.AtRest.TryUnsealBytes(r.SealedPrivateKey, SealPurposes.SigningKey, out var pkcs8)
                    ? new SigningKeyMaterial(r.KeyId, Enum.Parse<SigningAlgorithm>(r.Algorithm), pkcs8, r.CreatedAt)
                    : throw new InvalidOperationException($"OpenID token key {r.KeyId} does not open with the key-encryption key."))
                .ToList();
            // The previous set is left to the GC: a request may still be signing with it.
            current = new Held(new SigningKeySet(materials), fingerprint, time.GetUtcNow());
            return current.Set;
        }
        finally
        {
            refresh.Release();
        }
    }

    public void Dispose() => refresh.Dispose();

    private sealed record Held(SigningKeySet Set, string Fingerprint, DateTimeOffset CheckedAt);
}
