using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Users;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>Finds a user's grain from any name the pool lets them sign in with.</summary>
public sealed class UserLocator(IGrainFactory grains)
{
    /// <summary>The user's grain, or null when no user holds the name.</summary>
    public async Task<IUserGrain?> FindAsync(UserPoolContext pool, string name)
    {
        foreach (var key in CandidateKeys(pool, name))
        {
            var sub = await grains.GetGrain<IUserAliasGrain>(key).ResolveAsync();
            if (sub is not null)
            {
                return grains.GetGrain<IUserGrain>(UserKeys.User(pool.PoolId, sub));
            }
        }

        return null;
    }

    public IUserGrain New(string poolId, out string sub)
    {
        sub = Guid.NewGuid().ToString();
        return grains.GetGrain<IUserGrain>(UserKeys.User(poolId, sub));
    }

    public IUserGrain BySub(string poolId, string sub) => grains.GetGrain<IUserGrain>(UserKeys.User(poolId, sub));

    private static IEnumerable<string> CandidateKeys(UserPoolContext pool, string name)
    {
        var settings = pool.Settings;
        var emailLike = UsernameRules.LooksLikeEmail(name);
        var phoneLike = UsernameRules.LooksLikePhone(name);
        if (emailLike && (settings.UsernameAttributes.Contains(AliasKinds.Email) || settings.AliasAttributes.Contains(AliasKinds.Email)))
        {
            yield return AliasKinds.Key(pool.PoolId, AliasKinds.Email, UsernameRules.Normalize(name, caseSensitive: false));
        }

        if (phoneLike && (settings.UsernameAttributes.Contains(AliasKinds.PhoneNumber) || settings.AliasAttributes.Contains(AliasKinds.PhoneNumber)))
        {
            yield return AliasKinds.Key(pool.PoolId, AliasKinds.PhoneNumber, name);
        }

        yield return AliasKinds.Key(pool.PoolId, AliasKinds.Username, UsernameRules.Normalize(name, settings.UsernameCaseSensitive));
        if (settings.AliasAttributes.Contains(AliasKinds.PreferredUsername))
        {
            yield return AliasKinds.Key(pool.PoolId, AliasKinds.PreferredUsername, UsernameRules.Normalize(name, caseSensitive: false));
        }
    }
}
