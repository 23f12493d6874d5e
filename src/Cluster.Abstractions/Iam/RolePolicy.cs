namespace Cluster.Abstractions.Iam;

/// <summary>One inline policy of a role, as GetRolePolicy returns it.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.RolePolicy")]
public sealed record RolePolicy(
    [property: Id(0)] string RoleName,
    [property: Id(1)] string PolicyName,
    [property: Id(2)] string PolicyDocument);
