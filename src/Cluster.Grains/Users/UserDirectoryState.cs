using Cluster.Abstractions.Users;

namespace Cluster.Grains.Users;

/// <summary>The users of one directory shard, by username.</summary>
[GenerateSerializer, Alias("Cluster.UserDirectoryState")]
public sealed class UserDirectoryState
{
    [Id(0)] public Dictionary<string, DirectoryEntry> Users { get; set; } = new(StringComparer.Ordinal);
}
