namespace Cluster.Domain.Policies;

/// <summary>Compares one request value with one policy value under a positive operator.</summary>
internal static class ConditionValueMatcher
{
    public static bool Matches(ConditionOperator positive, string requestValue, PolicyPattern policyValue)
    {
        var policyText = policyValue.Text;
        return positive switch
        {
            ConditionOperator.StringEquals => string.Equals(requestValue, policyText, StringComparison.Ordinal),
            ConditionOperator.StringEqualsIgnoreCase => string.Equals(requestValue, policyText, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.StringLike => policyValue.IsLike(requestValue, ignoreCase: false),
            ConditionOperator.NumericEquals => CompareNumbers(requestValue, policyText) is 0,
            ConditionOperator.NumericLessThan => CompareNumbers(requestValue, policyText) is < 0,
            ConditionOperator.NumericLessThanEquals => CompareNumbers(requestValue, policyText) is <= 0,
            ConditionOperator.NumericGreaterThan => CompareNumbers(requestValue, policyText) is > 0,
            ConditionOperator.NumericGreaterThanEquals => CompareNumbers(requestValue, policyText) is >= 0,
            ConditionOperator.DateEquals => CompareDates(requestValue, policyText) is 0,
            ConditionOperator.DateLessThan => CompareDates(requestValue, policyText) is < 0,
            ConditionOperator.DateLessThanEquals => CompareDates(requestValue, policyText) is <= 0,
            ConditionOperator.DateGreaterThan => CompareDates(requestValue, policyText) is > 0,
            ConditionOperator.DateGreaterThanEquals => CompareDates(requestValue, policyText) is >= 0,
            ConditionOperator.Bool => bool.TryParse(requestValue, out var requested) && bool.TryParse(policyText, out var wanted)
                && requested == wanted,
            ConditionOperator.BinaryEquals => ConditionOperators.TryParseBinary(requestValue, out var requestBytes)
                && ConditionOperators.TryParseBinary(policyText, out var policyBytes)
                && requestBytes.AsSpan().SequenceEqual(policyBytes),
            ConditionOperator.IpAddress => IpCidr.TryParse(policyText, out var range) && range.Contains(requestValue),
            ConditionOperator.ArnLike => policyValue.IsArnLike(requestValue),
            _ => false,
        };
    }

    /// <summary>Null when either side is not a number, so no ordering holds.</summary>
    private static int? CompareNumbers(string requestValue, string policyValue) =>
        ConditionOperators.TryParseNumber(requestValue, out var requested) && ConditionOperators.TryParseNumber(policyValue, out var wanted)
            ? requested.CompareTo(wanted)
            : null;

    private static int? CompareDates(string requestValue, string policyValue) =>
        PolicyDate.TryParse(requestValue, out var requested) && PolicyDate.TryParse(policyValue, out var wanted)
            ? requested.CompareTo(wanted)
            : null;
}
