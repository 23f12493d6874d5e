namespace Cluster.Domain.Policies;

/// <summary>The <c>ForAnyValue:</c> / <c>ForAllValues:</c> prefix that makes an operator compare sets of request values.</summary>
public enum ConditionSetQualifier
{
    None,
    ForAnyValue,
    ForAllValues,
}
