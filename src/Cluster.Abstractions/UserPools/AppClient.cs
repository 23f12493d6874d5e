namespace Cluster.Abstractions.UserPools;

/// <summary>An app client of a pool, as stored; secrets stay sealed.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AppClient")]
public sealed record AppClient(
    [property: Id(0)] string ClientId,
    [property: Id(1)] AppClientSettings Settings,
    [property: Id(2)] IReadOnlyList<AppClientSecret> Secrets,
    [property: Id(3)] DateTimeOffset CreationDate,
    [property: Id(4)] DateTimeOffset LastModifiedDate);
