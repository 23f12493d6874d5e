namespace Cluster.Abstractions.Iam;

/// <summary>One row of ListOpenIDConnectProviders or ListSAMLProviders.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IamProviderEntry")]
public sealed record IamProviderEntry(
    [property: Id(0)] string Arn,
    [property: Id(1)] DateTimeOffset CreateDate,
    [property: Id(2)] DateTimeOffset? ValidUntil);
