namespace Cluster.Domain.Policies;

/// <summary>Decides a role trust policy for <c>sts:AssumeRoleWithWebIdentity</c>, as STS does for an identity pool's roles.</summary>
public static class TrustPolicyEvaluator
{
    public const string AssumeRoleWithWebIdentityAction = "sts:AssumeRoleWithWebIdentity";

    public const string CognitoIdentityProvider = "cognito-identity.amazonaws.com";

    /// <summary>
    /// True when a statement naming <paramref name="federatedProvider"/> (or everyone) allows
    /// <c>sts:AssumeRoleWithWebIdentity</c> under its conditions (typically on <c>cognito-identity.amazonaws.com:aud</c>
    /// and <c>:amr</c>) and no such statement denies it. Only the context keys of <paramref name="context"/> are
    /// consulted: the action is always that one, and the role itself is the resource.
    /// </summary>
    public static bool AllowsWebIdentity(PolicyDocument trust, string federatedProvider, RequestContext context)
    {
        var allowed = false;
        foreach (var statement in trust.Statements)
        {
            if (!NamesProvider(statement, federatedProvider)
                || !StatementMatcher.ActionMatches(statement, AssumeRoleWithWebIdentityAction)
                || !ConditionEvaluator.AllHold(statement.Conditions, context, trust.SupportsVariables))
            {
                continue;
            }

            if (statement.Effect == PolicyEffect.Deny)
            {
                return false;
            }

            allowed = true;
        }

        return allowed;
    }

    private static bool NamesProvider(PolicyStatement statement, string federatedProvider)
    {
        if (statement.Principal is { } principal)
        {
            return principal.Includes(PolicyPrincipal.FederatedType, federatedProvider);
        }

        return statement.NotPrincipal is { } notPrincipal && !notPrincipal.Includes(PolicyPrincipal.FederatedType, federatedProvider);
    }
}
