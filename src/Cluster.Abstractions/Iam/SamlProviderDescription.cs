namespace Cluster.Abstractions.Iam;

/// <summary>A SAML provider with its tags, as GetSAMLProvider returns it.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.SamlProviderDescription")]
public sealed record SamlProviderDescription(
    [property: Id(0)] SamlProviderRecord Provider,
    [property: Id(1)] IReadOnlyList<IamTag> Tags);
