using Cluster.Abstractions.Errors;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Tokens;

namespace Cluster.Protocol.CognitoIdp.Users;

/// <summary>
/// Verifies an access token (signature by the pool's keys, issuer, use, expiry) and names its user. Whether it
/// was revoked is the user grain's to say, from the <see cref="AccessCheck"/> this returns.
/// </summary>
public sealed class AccessTokenGate(IUserPoolContextCache pools, UserLocator users, TimeProvider time)
{
    private static IdentityError Invalid => new(ErrorCodes.NotAuthorized, "Invalid Access Token");

    public async Task<(AuthenticatedUser? User, IdentityError? Error)> OpenAsync(string accessToken)
    {
        var poolId = PoolIdOf(accessToken);
        var pool = poolId is null ? null : await pools.GetAsync(poolId);
        if (pool is null)
        {
            return (null, Invalid);
        }

        var read = pool.SigningKeys.Verify(accessToken);
        if (!read.IsValid)
        {
            return (null, Invalid);
        }

        var payload = read.Payload!;
        if (TokenClaims.ReadString(payload, "iss") != pool.Issuer || TokenClaims.ReadString(payload, "token_use") != "access" ||
            TokenClaims.ReadString(payload, "sub") is not { } sub || TokenClaims.ReadString(payload, "client_id") is not { } clientId ||
            TokenClaims.ReadLong(payload, "iat") is not { } issuedAt)
        {
            return (null, Invalid);
        }

        if (TokenClaims.IsExpired(payload, time.GetUtcNow()))
        {
            return (null, new IdentityError(ErrorCodes.NotAuthorized, "Access Token has expired"));
        }

        var check = new AccessCheck(issuedAt, TokenClaims.ReadString(payload, "origin_jti"), clientId);
        return (new AuthenticatedUser(pool, users.BySub(pool.PoolId, sub), check, TokenClaims.ReadString(payload, "username") ?? sub), null);
    }

    /// <summary>The pool named by the unverified <c>iss</c>; the signature check that follows is what makes it true.</summary>
    private static string? PoolIdOf(string token)
    {
        var issuer = UnverifiedJwt.Payload(token) is { } payload ? TokenClaims.ReadString(payload, "iss") : null;
        var slash = issuer?.LastIndexOf('/') ?? -1;
        return slash < 0 ? null : issuer![(slash + 1)..];
    }
}
