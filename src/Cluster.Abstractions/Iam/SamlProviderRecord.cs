namespace Cluster.Abstractions.Iam;

/// <summary>An IAM SAML provider: the IdP's metadata document, whose signing certificates verify its assertions.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.SamlProviderRecord")]
public sealed record SamlProviderRecord(
    [property: Id(0)] string Arn,
    [property: Id(1)] string Name,
    [property: Id(2)] string MetadataDocument,
    [property: Id(3)] DateTimeOffset CreateDate,
    [property: Id(4)] DateTimeOffset? ValidUntil);
