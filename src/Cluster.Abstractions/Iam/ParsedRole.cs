using Cluster.Domain.Policies;

namespace Cluster.Abstractions.Iam;

/// <summary>A role with its trust and permission policies parsed (a policy that no longer parses counts as absent).</summary>
public sealed record ParsedRole(
    string Arn,
    string RoleId,
    long Version,
    PolicyDocument? TrustPolicy,
    IReadOnlyList<PolicyDocument> Policies,
    int MaxSessionDurationSeconds);
