namespace Cluster.Abstractions.Iam;

/// <summary>A role as GetRole and ListRoles show it; policy documents as stored, not yet URL-encoded.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.RoleView")]
public sealed record RoleView(
    [property: Id(0)] string Name,
    [property: Id(1)] string Path,
    [property: Id(2)] string RoleId,
    [property: Id(3)] string Arn,
    [property: Id(4)] DateTimeOffset CreateDate,
    [property: Id(5)] string AssumeRolePolicyDocument,
    [property: Id(6)] string? Description,
    [property: Id(7)] int MaxSessionDurationSeconds,
    [property: Id(8)] IReadOnlyList<IamTag> Tags);
