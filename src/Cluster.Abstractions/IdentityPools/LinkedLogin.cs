namespace Cluster.Abstractions.IdentityPools;

/// <summary>A login linked to an identity: the provider name as apps send it in <c>Logins</c>, and the user's id there.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.LinkedLogin")]
public sealed record LinkedLogin(
    [property: Id(0)] string Provider,
    [property: Id(1)] string Subject);
