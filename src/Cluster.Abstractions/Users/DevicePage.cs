namespace Cluster.Abstractions.Users;

/// <summary>One page of ListDevices.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.DevicePage")]
public sealed record DevicePage(
    [property: Id(0)] IReadOnlyList<DeviceView> Devices,
    [property: Id(1)] string? PaginationToken);
