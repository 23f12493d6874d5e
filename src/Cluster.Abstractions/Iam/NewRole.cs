namespace Cluster.Abstractions.Iam;

/// <summary>CreateRole's input, already checked against the model's shape.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.NewRole")]
public sealed record NewRole(
    [property: Id(0)] string Name,
    [property: Id(1)] string Path,
    [property: Id(2)] string AssumeRolePolicyDocument,
    [property: Id(3)] string? Description,
    [property: Id(4)] int MaxSessionDurationSeconds,
    [property: Id(5)] IReadOnlyList<IamTag> Tags);
