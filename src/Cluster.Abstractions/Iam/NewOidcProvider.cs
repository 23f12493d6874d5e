namespace Cluster.Abstractions.Iam;

/// <summary>CreateOpenIDConnectProvider's input; <see cref="Url"/> is the stored form (no scheme, lower case).</summary>
[GenerateSerializer, Immutable, Alias("Cluster.NewOidcProvider")]
public sealed record NewOidcProvider(
    [property: Id(0)] string Url,
    [property: Id(1)] IReadOnlyList<string> ClientIds,
    [property: Id(2)] IReadOnlyList<string> Thumbprints,
    [property: Id(3)] IReadOnlyList<IamTag> Tags);
