namespace Cluster.Domain.Policies;

/// <summary>The outcome of evaluating a request against a set of policies, in IAM's three-way terms.</summary>
public enum PolicyDecision
{
    Allow,

    /// <summary>A matching Deny statement: no Allow anywhere can override it.</summary>
    ExplicitDeny,

    /// <summary>No statement applied, so the default deny stands.</summary>
    ImplicitDeny,
}
