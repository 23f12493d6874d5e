using Cluster.Abstractions.Iam;

namespace Cluster.Grains.Iam;

/// <summary>The ListRoles rows, keyed by role name in lower case.</summary>
[GenerateSerializer, Alias("Cluster.RoleDirectoryState")]
public sealed class RoleDirectoryState
{
    [Id(0)] public Dictionary<string, RoleView> Roles { get; set; } = new(StringComparer.Ordinal);
}
