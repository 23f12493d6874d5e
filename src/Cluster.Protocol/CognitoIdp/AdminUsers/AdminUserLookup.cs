using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;
using Cluster.Protocol.CognitoIdp.Users;

namespace Cluster.Protocol.CognitoIdp.AdminUsers;

/// <summary>Admin calls name a user by pool and username (or alias): this finds the pool and the user's grain.</summary>
public sealed class AdminUserLookup(UserPoolLookup poolIds, IUserPoolContextCache pools, UserLocator users)
{
    public async Task<(UserPoolContext? Pool, IdentityError? Error)> PoolAsync(OperationRequest request)
    {
        var poolId = request.Input.Required("UserPoolId");
        if (poolIds.Find(poolId, out var error) is null)
        {
            return (null, error);
        }

        var pool = await pools.GetAsync(poolId);
        return pool is null ? (null, IdentityError.NotFound($"User pool {poolId} does not exist.")) : (pool, null);
    }

    public async Task<(IUserGrain? User, IdentityError? Error)> UserAsync(OperationRequest request)
    {
        var (pool, error) = await PoolAsync(request);
        if (pool is null)
        {
            return (null, error);
        }

        var user = await users.FindAsync(pool, request.Input.Required("Username"));
        return user is null ? (null, new IdentityError(ErrorCodes.UserNotFound, "User does not exist.")) : (user, null);
    }

    public UserLocator Users => users;
}
