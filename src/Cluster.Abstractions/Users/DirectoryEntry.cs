namespace Cluster.Abstractions.Users;

/// <summary>A user as the directory lists it, with the groups it belongs to.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.DirectoryEntry")]
public sealed record DirectoryEntry(
    [property: Id(0)] UserView User,
    [property: Id(1)] IReadOnlyList<string> Groups);
