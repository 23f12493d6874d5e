namespace Cluster.Grains.Users;

/// <summary>Who holds a sign-in name, and whether that is settled or only reserved.</summary>
[GenerateSerializer, Alias("Cluster.UserAliasState")]
public sealed class UserAliasState
{
    [Id(0)] public string? Sub { get; set; }
    [Id(1)] public bool Committed { get; set; }
    [Id(2)] public DateTimeOffset ReservedAt { get; set; }
}
