namespace Cluster.Grains.Users;

/// <summary>A code waiting to be entered: only its salted hash is kept, with its expiry and the tries so far.</summary>
[GenerateSerializer, Alias("Cluster.PendingCode")]
public sealed class PendingCode
{
    [Id(0)] public byte[] Salt { get; set; } = [];
    [Id(1)] public byte[] Hash { get; set; } = [];
    [Id(2)] public DateTimeOffset ExpiresAt { get; set; }
    [Id(3)] public int Attempts { get; set; }
}
