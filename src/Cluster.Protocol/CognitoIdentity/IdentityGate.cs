using System.Text.Json;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>
/// The common start of the public per-identity operations: find the identity and its pool, verify the Logins
/// against that pool. What the identity may then be issued is the identity grain's to decide.
/// </summary>
public sealed class IdentityGate(IGrainFactory grains, IdentityPoolFinder pools, LoginVerifier verifier)
{
    public async Task<Result<VerifiedIdentity>> OpenAsync(JsonElement input, CancellationToken cancellation)
    {
        var identityId = input.Required("IdentityId");
        var identity = grains.GetGrain<IIdentityGrain>(identityId);
        var described = await identity.DescribeAsync();
        if (!described.IsSuccess)
        {
            return described.Error!;
        }

        var pool = await pools.GetAsync(described.Value!.IdentityPoolId);
        if (!pool.IsSuccess)
        {
            return pool.Error!;
        }

        var logins = await verifier.VerifyAsync(pool.Value!, input.Map("Logins"), cancellation);
        return logins.IsSuccess ? new VerifiedIdentity(identity, pool.Value!, logins.Value!) : logins.Error!;
    }
}
