namespace Cluster.Abstractions.IdentityPools;

/// <summary>A login token the edge verified: who the provider says the user is, and the token's claims (for role rules and tags).</summary>
[GenerateSerializer, Immutable, Alias("Cluster.VerifiedLogin")]
public sealed record VerifiedLogin(
    [property: Id(0)] string Provider,
    [property: Id(1)] string Subject,
    [property: Id(2)] IReadOnlyDictionary<string, string[]> Claims)
{
    public LinkedLogin Link => new(Provider, Subject);
}
