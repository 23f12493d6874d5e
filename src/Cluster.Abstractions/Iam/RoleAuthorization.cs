namespace Cluster.Abstractions.Iam;

/// <summary>What credential issuance and request authorization need of a role: its trust and permission policies.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.RoleAuthorization")]
public sealed record RoleAuthorization(
    [property: Id(0)] string Arn,
    [property: Id(1)] string RoleId,
    [property: Id(2)] string AssumeRolePolicyDocument,
    [property: Id(3)] IReadOnlyList<string> PolicyDocuments,
    [property: Id(4)] int MaxSessionDurationSeconds,
    [property: Id(5)] long Version);
