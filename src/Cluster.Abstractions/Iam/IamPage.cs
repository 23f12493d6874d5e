namespace Cluster.Abstractions.Iam;

/// <summary>One page of an IAM list; <see cref="Marker"/> is null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IamPage`1")]
public sealed record IamPage<T>(
    [property: Id(0)] IReadOnlyList<T> Items,
    [property: Id(1)] string? Marker);
