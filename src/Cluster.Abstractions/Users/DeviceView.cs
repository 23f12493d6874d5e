namespace Cluster.Abstractions.Users;

/// <summary>A tracked device as the model's <c>DeviceType</c> shows it.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.DeviceView")]
public sealed record DeviceView(
    [property: Id(0)] string DeviceKey,
    [property: Id(1)] IReadOnlyList<UserAttribute> Attributes,
    [property: Id(2)] DateTimeOffset CreateDate,
    [property: Id(3)] DateTimeOffset LastModifiedDate,
    [property: Id(4)] DateTimeOffset? LastAuthenticatedDate);
