using Cluster.Domain.Errors;

namespace Cluster.Domain.Iam;

/// <summary>IAM's tag rules: keys are unique regardless of case, a new value replaces the old, at most 50 tags.</summary>
public static class IamTags
{
    public const int MaxTags = 50;

    /// <summary><paramref name="current"/> with <paramref name="added"/> applied, or a violation.</summary>
    public static (List<KeyValuePair<string, string>> Tags, RuleViolation? Violation) Merge(
        IEnumerable<KeyValuePair<string, string>> current, IReadOnlyList<KeyValuePair<string, string>> added)
    {
        if (added.Select(t => t.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count() != added.Count)
        {
            return ([], new RuleViolation(IamErrorCodes.InvalidInput, "Duplicate tag keys found. Please note that Tag keys are case insensitive."));
        }

        var merged = current.Where(t => !added.Any(a => string.Equals(a.Key, t.Key, StringComparison.OrdinalIgnoreCase))).ToList();
        merged.AddRange(added);
        return merged.Count > MaxTags
            ? ([], new RuleViolation(IamErrorCodes.LimitExceeded, $"Cannot exceed quota for TagsPerResource: {MaxTags}."))
            : (merged, null);
    }

    public static List<KeyValuePair<string, string>> Remove(IEnumerable<KeyValuePair<string, string>> current, IEnumerable<string> keys) =>
        current.Where(t => !keys.Contains(t.Key, StringComparer.OrdinalIgnoreCase)).ToList();
}
