using Cluster.Abstractions.IdentityPools;

namespace Cluster.Protocol.CognitoIdentity;

/// <summary>An identity named by a request, its pool, and the request's logins as verified against that pool.</summary>
public sealed record VerifiedIdentity(IIdentityGrain Grain, IdentityPoolRuntime Pool, IReadOnlyList<VerifiedLogin> Logins);
