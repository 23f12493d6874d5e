namespace Cluster.Abstractions.Iam;

/// <summary>An OIDC provider with its tags, as GetOpenIDConnectProvider returns it.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.OidcProviderDescription")]
public sealed record OidcProviderDescription(
    [property: Id(0)] OidcProviderRecord Provider,
    [property: Id(1)] IReadOnlyList<IamTag> Tags);
