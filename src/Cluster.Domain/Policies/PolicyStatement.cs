namespace Cluster.Domain.Policies;

/// <summary>
/// One statement of a policy. Exactly one of <see cref="Actions"/> / <see cref="NotActions"/> is set by the parser;
/// the resource pair may both be null in a trust policy, where the role itself is the resource.
/// </summary>
public sealed record PolicyStatement(
    string? Sid,
    PolicyEffect Effect,
    IReadOnlyList<string>? Actions,
    IReadOnlyList<string>? NotActions,
    IReadOnlyList<string>? Resources,
    IReadOnlyList<string>? NotResources,
    PolicyPrincipal? Principal,
    PolicyPrincipal? NotPrincipal,
    IReadOnlyList<PolicyCondition> Conditions);
