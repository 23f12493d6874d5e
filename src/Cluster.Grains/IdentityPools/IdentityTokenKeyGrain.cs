using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.IdentityPools;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.Tokens;
using Cluster.Grains.UserPools;
using Microsoft.Extensions.Options;

namespace Cluster.Grains.IdentityPools;

/// <summary>The OpenID token keys: RS256 (what every web-identity verifier accepts), rotated like user pool keys.</summary>
public sealed class IdentityTokenKeyGrain(
    [PersistentState("identity-token-keys", StorageNames.Cluster)] IPersistentState<IdentityTokenKeyState> state,
    ClusterKeys keys,
    IOptions<SigningKeyOptions> options,
    TimeProvider time) : Grain, IIdentityTokenKeyGrain
{
    public async Task<IReadOnlyList<SigningKeyRecord>> GetKeysAsync()
    {
        var now = time.GetUtcNow();
        var current = state.State.Keys;
        var due = current.Count == 0 || now - current[0].CreatedAt >= options.Value.RotationPeriod;
        var expired = current.Any(k => k.RetiredAt is { } retired && now - retired >= options.Value.RetiredKeyRetention);
        if (due || expired)
        {
            var kept = current
                .Where(k => k.RetiredAt is not { } retired || now - retired < options.Value.RetiredKeyRetention)
                .Select(k => due && k.RetiredAt is null ? k with { RetiredAt = now } : k)
                .ToList();
            if (due)
            {
                var material = SigningKeyFactory.Create(SigningAlgorithm.RS256, now);
                kept.Insert(0, new SigningKeyRecord(material.KeyId, nameof(SigningAlgorithm.RS256), keys.AtRest.SealBytes(material.PrivateKeyPkcs8, SealPurposes.SigningKey), now, RetiredAt: null));
            }

            state.State.Keys = kept;
            await state.WriteStateAsync();
        }

        return state.State.Keys;
    }
}
