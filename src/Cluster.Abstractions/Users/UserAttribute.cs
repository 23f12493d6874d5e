namespace Cluster.Abstractions.Users;

/// <summary>One user attribute, name and value, as on the wire.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.UserAttribute")]
public sealed record UserAttribute(
    [property: Id(0)] string Name,
    [property: Id(1)] string Value);
