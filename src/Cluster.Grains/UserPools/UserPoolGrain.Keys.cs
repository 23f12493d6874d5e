using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.Tokens;

namespace Cluster.Grains.UserPools;

/// <summary>Token-signing keys: created with the pool, rotated by age, retired keys kept while their tokens live.</summary>
public sealed partial class UserPoolGrain
{
    private SigningKeyRecord NewSigningKey(UserPoolSettings settings, DateTimeOffset now)
    {
        var algorithm = settings.Tags.TryGetValue(UserPoolTags.SigningAlgorithm, out var chosen) && chosen == "ES256"
            ? SigningAlgorithm.ES256
            : SigningAlgorithm.RS256;
        var material = SigningKeyFactory.Create(algorithm, now);
        var sealedKey = keys.AtRest.SealBytes(material.PrivateKeyPkcs8, SealPurposes.SigningKey);
        return new SigningKeyRecord(material.KeyId, algorithm.ToString(), sealedKey, now, RetiredAt: null);
    }

    private async Task RotateSigningKeysIfDueAsync()
    {
        var now = time.GetUtcNow();
        var signingKeys = state.State.SigningKeys;
        var due = signingKeys.Count == 0 || now - signingKeys[0].CreatedAt >= keyOptions.Value.RotationPeriod;
        var expired = signingKeys.Any(k => k.RetiredAt is { } retired && now - retired >= keyOptions.Value.RetiredKeyRetention);
        if (!due && !expired)
        {
            return;
        }

        var kept = signingKeys.Where(k => k.RetiredAt is not { } retired || now - retired < keyOptions.Value.RetiredKeyRetention).ToList();
        if (due)
        {
            kept = kept.Select(k => k.RetiredAt is null ? k with { RetiredAt = now } : k).ToList();
            kept.Insert(0, NewSigningKey(state.State.Settings!, now));
        }

        state.State.SigningKeys = kept;
        await CommitAsync();
    }
}
