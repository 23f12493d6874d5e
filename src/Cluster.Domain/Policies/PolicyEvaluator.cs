namespace Cluster.Domain.Policies;

/// <summary>
/// IAM's evaluation of identity-based policies: any applicable Deny statement wins, otherwise any applicable
/// Allow allows, otherwise the request is denied by default. <c>Principal</c> elements play no part here.
/// </summary>
public static class PolicyEvaluator
{
    public static PolicyDecision Evaluate(IEnumerable<PolicyDocument> policies, RequestContext context)
    {
        var allowed = false;
        foreach (var policy in policies)
        {
            foreach (var statement in policy.Statements)
            {
                if (!StatementMatcher.Applies(statement, context, policy.SupportsVariables))
                {
                    continue;
                }

                if (statement.Effect == PolicyEffect.Deny)
                {
                    return PolicyDecision.ExplicitDeny;
                }

                allowed = true;
            }
        }

        return allowed ? PolicyDecision.Allow : PolicyDecision.ImplicitDeny;
    }
}
