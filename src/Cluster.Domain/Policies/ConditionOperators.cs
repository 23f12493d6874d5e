using System.Globalization;

namespace Cluster.Domain.Policies;

/// <summary>The grammar and per-operator rules of condition operators: names, negation, variables, wildcards, value types.</summary>
internal static class ConditionOperators
{
    private const string ForAnyValuePrefix = "ForAnyValue:";
    private const string ForAllValuesPrefix = "ForAllValues:";
    private const string IfExistsSuffix = "IfExists";

    private static readonly Dictionary<string, ConditionOperator> ByName =
        Enum.GetValues<ConditionOperator>().ToDictionary(op => op.ToString(), StringComparer.Ordinal);

    /// <summary>Reads names such as <c>ForAnyValue:StringLikeIfExists</c>; <c>Null</c> takes neither suffix nor qualifier.</summary>
    public static bool TryParseName(string name, out ConditionOperator op, out ConditionSetQualifier qualifier, out bool ifExists)
    {
        var rest = name;
        qualifier = ConditionSetQualifier.None;
        if (rest.StartsWith(ForAnyValuePrefix, StringComparison.Ordinal))
        {
            qualifier = ConditionSetQualifier.ForAnyValue;
            rest = rest[ForAnyValuePrefix.Length..];
        }
        else if (rest.StartsWith(ForAllValuesPrefix, StringComparison.Ordinal))
        {
            qualifier = ConditionSetQualifier.ForAllValues;
            rest = rest[ForAllValuesPrefix.Length..];
        }

        ifExists = rest.EndsWith(IfExistsSuffix, StringComparison.Ordinal);
        if (ifExists)
        {
            rest = rest[..^IfExistsSuffix.Length];
        }

        return ByName.TryGetValue(rest, out op)
            && !(op == ConditionOperator.Null && (ifExists || qualifier != ConditionSetQualifier.None));
    }

    /// <summary>The positive operator a negated one inverts; IAM's negated operators hold when no listed value matches.</summary>
    public static ConditionOperator Positive(ConditionOperator op, out bool negated)
    {
        negated = true;
        switch (op)
        {
            case ConditionOperator.StringNotEquals:
                return ConditionOperator.StringEquals;
            case ConditionOperator.StringNotEqualsIgnoreCase:
                return ConditionOperator.StringEqualsIgnoreCase;
            case ConditionOperator.StringNotLike:
                return ConditionOperator.StringLike;
            case ConditionOperator.NumericNotEquals:
                return ConditionOperator.NumericEquals;
            case ConditionOperator.DateNotEquals:
                return ConditionOperator.DateEquals;
            case ConditionOperator.NotIpAddress:
                return ConditionOperator.IpAddress;
            case ConditionOperator.ArnNotEquals or ConditionOperator.ArnNotLike:
                return ConditionOperator.ArnLike;
            case ConditionOperator.ArnEquals:
                // ArnEquals and ArnLike behave identically, wildcards included.
                negated = false;
                return ConditionOperator.ArnLike;
            default:
                negated = false;
                return op;
        }
    }

    /// <summary>
    /// String and ARN operators take policy variables; so does Bool, which the condition-operator reference lists as
    /// supporting them. Numeric, Date, Binary, IP and Null values are always literal.
    /// </summary>
    public static bool TakesVariables(ConditionOperator positive) =>
        positive is ConditionOperator.StringEquals or ConditionOperator.StringEqualsIgnoreCase or ConditionOperator.StringLike
            or ConditionOperator.ArnLike or ConditionOperator.Bool;

    public static bool TakesWildcards(ConditionOperator positive) =>
        positive is ConditionOperator.StringLike or ConditionOperator.ArnLike;

    /// <summary>Why a literal policy value cannot be used with the operator, or null when it can.</summary>
    public static string? ValueProblem(ConditionOperator op, string value)
    {
        var expected = Positive(op, out _) switch
        {
            ConditionOperator.NumericEquals or ConditionOperator.NumericLessThan or ConditionOperator.NumericLessThanEquals
                or ConditionOperator.NumericGreaterThan or ConditionOperator.NumericGreaterThanEquals
                when !TryParseNumber(value, out _) => "a number",
            ConditionOperator.DateEquals or ConditionOperator.DateLessThan or ConditionOperator.DateLessThanEquals
                or ConditionOperator.DateGreaterThan or ConditionOperator.DateGreaterThanEquals
                when !PolicyDate.TryParse(value, out _) => "an ISO 8601 date or epoch seconds",
            ConditionOperator.IpAddress when !IpCidr.TryParse(value, out _) => "an IP address or CIDR range",
            ConditionOperator.BinaryEquals when !TryParseBinary(value, out _) => "base-64 data",
            ConditionOperator.Null when !bool.TryParse(value, out _) => "true or false",
            _ => null,
        };
        return expected is null ? null : $"must be {expected}";
    }

    public static bool TryParseNumber(string text, out decimal number) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number);

    public static bool TryParseBinary(string text, out byte[] bytes)
    {
        var buffer = new byte[text.Length];
        if (Convert.TryFromBase64String(text, buffer, out var written))
        {
            bytes = buffer[..written];
            return true;
        }

        bytes = [];
        return false;
    }
}
