using Cluster.Domain.Errors;

namespace Cluster.Domain.Users;

/// <summary>
/// AWS's wording for a request member that breaks its service-model constraint, e.g.
/// <c>1 validation error detected: Value at 'username' failed to satisfy constraint: ...</c>.
/// Sensitive members (usernames, attribute values) are reported without their value.
/// </summary>
internal static class ConstraintMessages
{
    public const string NotNull = "Member must not be null";

    public static string Item(string path, string constraint, string? shownValue = null) => shownValue is null
        ? $"Value at '{path}' failed to satisfy constraint: {constraint}"
        : $"Value '{shownValue}' at '{path}' failed to satisfy constraint: {constraint}";

    public static string MaxLength(int max) => $"Member must have length less than or equal to {max}";

    public static string MinLength(int min) => $"Member must have length greater than or equal to {min}";

    public static string Pattern(string pattern) => $"Member must satisfy regular expression pattern: {pattern}";

    public static RuleViolation? ToViolation(IReadOnlyList<string> items) => items.Count switch
    {
        0 => null,
        1 => RuleViolation.InvalidParameter($"1 validation error detected: {items[0]}"),
        _ => RuleViolation.InvalidParameter($"{items.Count} validation errors detected: {string.Join("; ", items)}"),
    };
}
