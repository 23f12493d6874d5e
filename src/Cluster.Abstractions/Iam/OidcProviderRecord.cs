namespace Cluster.Abstractions.Iam;

/// <summary>An IAM OpenID Connect provider: the issuer URL (no scheme), the audiences it may issue for, thumbprints.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.OidcProviderRecord")]
public sealed record OidcProviderRecord(
    [property: Id(0)] string Arn,
    [property: Id(1)] string Url,
    [property: Id(2)] IReadOnlyList<string> ClientIds,
    [property: Id(3)] IReadOnlyList<string> Thumbprints,
    [property: Id(4)] DateTimeOffset CreateDate);
