using Cluster.Abstractions.Iam;

namespace Cluster.Abstractions.IdentityPools;

/// <summary>GetCredentialsForIdentity's answer: the identity the credentials are for (a guest who signs in may be merged) and them.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IssuedCredentials")]
public sealed record IssuedCredentials(
    [property: Id(0)] string IdentityId,
    [property: Id(1)] TemporaryCredentials Credentials);
