namespace Cluster.Grains.Users;

/// <summary>One of the user's devices: its SRP verifier (sealed) once confirmed, and whether it is remembered.</summary>
[GenerateSerializer, Alias("Cluster.DeviceRecord")]
public sealed class DeviceRecord
{
    [Id(0)] public byte[]? SealedVerifier { get; set; }
    [Id(1)] public string? Name { get; set; }
    [Id(2)] public bool Remembered { get; set; }
    [Id(3)] public DateTimeOffset CreateDate { get; set; }
    [Id(4)] public DateTimeOffset LastModifiedDate { get; set; }
    [Id(5)] public DateTimeOffset? LastAuthenticatedDate { get; set; }
}
