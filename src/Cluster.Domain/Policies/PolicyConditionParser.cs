using System.Text.Json;

namespace Cluster.Domain.Policies;

/// <summary>Reads a statement's <c>Condition</c> block, rejecting unknown operators and values their operator cannot compare.</summary>
internal static class PolicyConditionParser
{
    public static List<PolicyCondition>? Parse(JsonElement element, out string? error)
    {
        error = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            error = "Condition must be an object of condition operators.";
            return null;
        }

        var conditions = new List<PolicyCondition>();
        var operatorNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in element.EnumerateObject())
        {
            error = ReadBlock(block, operatorNames, conditions);
            if (error is not null)
            {
                return null;
            }
        }

        return conditions;
    }

    private static string? ReadBlock(JsonProperty block, HashSet<string> operatorNames, List<PolicyCondition> conditions)
    {
        if (!operatorNames.Add(block.Name))
        {
            return $"Condition repeats the operator \"{block.Name}\".";
        }

        if (!ConditionOperators.TryParseName(block.Name, out var op, out var qualifier, out var ifExists))
        {
            return $"Condition operator \"{block.Name}\" is not supported.";
        }

        if (block.Value.ValueKind != JsonValueKind.Object || !block.Value.EnumerateObject().Any())
        {
            return $"Condition operator \"{block.Name}\" must map at least one condition key to values.";
        }

        // Key names are case-insensitive, so "aws:username" and "AWS:UserName" are the same key.
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in block.Value.EnumerateObject())
        {
            if (!keys.Add(entry.Name))
            {
                return $"Condition operator \"{block.Name}\" repeats the key \"{entry.Name}\".";
            }

            var condition = ReadCondition(block.Name, op, qualifier, ifExists, entry, out var problem);
            if (condition is null)
            {
                return problem;
            }

            conditions.Add(condition);
        }

        return null;
    }

    private static PolicyCondition? ReadCondition(
        string operatorName, ConditionOperator op, ConditionSetQualifier qualifier, bool ifExists, JsonProperty entry, out string? problem)
    {
        problem = null;
        var key = entry.Name;
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == key.Length - 1)
        {
            problem = $"Condition key \"{key}\" must be prefaced by a vendor, e.g., aws, cognito-identity.amazonaws.com.";
            return null;
        }

        JsonElement[] items = entry.Value.ValueKind == JsonValueKind.Array ? [.. entry.Value.EnumerateArray()] : [entry.Value];
        if (items.Length == 0)
        {
            problem = $"Condition {operatorName} on \"{key}\" must have at least one value.";
            return null;
        }

        var values = new List<string>(items.Length);
        foreach (var item in items)
        {
            // IAM accepts JSON booleans and numbers as condition values and compares their text.
            var value = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Number => item.GetRawText(),
                _ => null,
            };
            if (value is null)
            {
                problem = $"Condition {operatorName} on \"{key}\" must have a string, number or boolean value, or an array of them.";
                return null;
            }

            if (ConditionOperators.ValueProblem(op, value) is { } valueProblem)
            {
                problem = $"Condition {operatorName} on \"{key}\" has the value \"{value}\", which {valueProblem}.";
                return null;
            }

            values.Add(value);
        }

        return new PolicyCondition(operatorName, op, qualifier, ifExists, key, values);
    }
}
