namespace Cluster.Domain.Policies;

/// <summary>
/// Decides a statement's <c>Condition</c> block: every condition must hold; within one, any listed value may match
/// (negated operators instead require that none does).
/// </summary>
internal static class ConditionEvaluator
{
    public static bool AllHold(IReadOnlyList<PolicyCondition> conditions, RequestContext context, bool substituteVariables)
    {
        foreach (var condition in conditions)
        {
            if (!Holds(condition, context, substituteVariables))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Holds(PolicyCondition condition, RequestContext context, bool substituteVariables)
    {
        var requestValues = context.GetValues(condition.Key);
        var present = requestValues is { Count: > 0 };

        if (condition.Operator == ConditionOperator.Null)
        {
            // "true" asks for the key to be absent, "false" for it to be there.
            return condition.Values.Any(value => bool.TryParse(value, out var wantsAbsent) && wantsAbsent != present);
        }

        var positive = ConditionOperators.Positive(condition.Operator, out var negated);
        if (!present)
        {
            // IAM: a missing key fails positive operators and satisfies negated ones; ForAllValues over an empty
            // set is true and ForAnyValue false; IfExists turns any missing key into a pass.
            return condition.IfExists || condition.Qualifier switch
            {
                ConditionSetQualifier.ForAllValues => true,
                ConditionSetQualifier.ForAnyValue => false,
                _ => negated,
            };
        }

        var policyValues = ResolvePolicyValues(condition, positive, context, substituteVariables);
        bool RequestValueHolds(string requestValue) =>
            negated != policyValues.Any(policyValue => ConditionValueMatcher.Matches(positive, requestValue, policyValue));

        return condition.Qualifier switch
        {
            ConditionSetQualifier.ForAllValues => requestValues!.All(RequestValueHolds),
            ConditionSetQualifier.ForAnyValue => requestValues!.Any(RequestValueHolds),
            // Without a qualifier a negated operator must hold for every request value, i.e. no value may match.
            _ => negated ? requestValues!.All(RequestValueHolds) : requestValues!.Any(RequestValueHolds),
        };
    }

    /// <summary>Policy values whose variables resolve; an unresolved one equals nothing, as IAM treats a variable with no value.</summary>
    private static List<PolicyPattern> ResolvePolicyValues(
        PolicyCondition condition, ConditionOperator positive, RequestContext context, bool substituteVariables)
    {
        var substitute = substituteVariables && ConditionOperators.TakesVariables(positive);
        var wildcards = ConditionOperators.TakesWildcards(positive);
        var resolved = new List<PolicyPattern>(condition.Values.Count);
        foreach (var value in condition.Values)
        {
            if (PolicyVariables.Resolve(value, context, substitute, wildcards) is { } pattern)
            {
                resolved.Add(pattern);
            }
        }

        return resolved;
    }
}
