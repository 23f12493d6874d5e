namespace Cluster.Domain.Policies;

/// <summary>Whether a statement applies to a request: its action, resource and conditions all match.</summary>
internal static class StatementMatcher
{
    public static bool Applies(PolicyStatement statement, RequestContext context, bool substituteVariables) =>
        ActionMatches(statement, context.Action)
        && ResourceMatches(statement, context, substituteVariables)
        && ConditionEvaluator.AllHold(statement.Conditions, context, substituteVariables);

    /// <summary>Actions match case-insensitively, with <c>*</c> and <c>?</c> wildcards; NotAction matches every action it does not list.</summary>
    public static bool ActionMatches(PolicyStatement statement, string action)
    {
        if (statement.Actions is { } actions)
        {
            return actions.Any(pattern => PolicyPattern.WithWildcards(pattern).IsLike(action, ignoreCase: true));
        }

        return statement.NotActions is { } notActions
            && !notActions.Any(pattern => PolicyPattern.WithWildcards(pattern).IsLike(action, ignoreCase: true));
    }

    /// <summary>
    /// Resource ARNs match case-sensitively, component by component. An entry whose variable has no value matches no
    /// resource, in Resource and NotResource alike. A statement with neither element (a resource-based or trust
    /// policy) covers the resource it is attached to.
    /// </summary>
    private static bool ResourceMatches(PolicyStatement statement, RequestContext context, bool substituteVariables)
    {
        bool Listed(IReadOnlyList<string> entries) => entries.Any(entry =>
            PolicyVariables.Resolve(entry, context, substituteVariables, wildcards: true) is { } pattern
            && pattern.IsArnLike(context.Resource));

        if (statement.Resources is { } resources)
        {
            return Listed(resources);
        }

        return statement.NotResources is not { } notResources || !Listed(notResources);
    }
}
