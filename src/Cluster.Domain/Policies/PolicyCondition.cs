namespace Cluster.Domain.Policies;

/// <summary>
/// One key under one operator of a <c>Condition</c> block, e.g. <c>"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}</c>.
/// Several values for the key are alternatives (OR); conditions of a statement must all hold (AND).
/// </summary>
public sealed record PolicyCondition(
    string OperatorName,
    ConditionOperator Operator,
    ConditionSetQualifier Qualifier,
    bool IfExists,
    string Key,
    IReadOnlyList<string> Values);
