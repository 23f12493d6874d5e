namespace Cluster.Domain.Users;

/// <summary>One parsed ListUsers filter, <c>Attribute Operator "Value"</c>.</summary>
public sealed record UserFilter(string Attribute, FilterOperator Operator, string Value)
{
    // Values a case-insensitive pool stores lower-cased (developer guide, "User pool case sensitivity").
    private static readonly HashSet<string> FoldedInCaseInsensitivePools =
        new(StringComparer.Ordinal) { UserAttributeNames.Username, UserAttributeNames.Email, UserAttributeNames.PreferredUsername };

    /// <summary>
    /// How values are compared. The ListUsers reference documents <c>username</c> and <c>status</c> as
    /// case-sensitive and <c>cognito:user_status</c> as case-insensitive; it says nothing about the other
    /// attributes, so they compare exactly (ordinal), as the documented ones and moto do. Prefix matches
    /// follow the same rule as exact ones.
    /// </summary>
    public StringComparison Comparison =>
        Attribute == UserAttributeNames.UserStatus ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// Whether a user matches. <paramref name="valueOf"/> receives the attribute as written in the filter
    /// (<c>username</c>, <c>status</c>, <c>cognito:user_status</c>, <c>email</c>, ...) and returns null when
    /// the user has no value; a user without the attribute never matches.
    /// </summary>
    public bool Matches(Func<string, string?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(valueOf);
        var actual = valueOf(Attribute);
        if (actual is null)
        {
            return false;
        }

        return Operator == FilterOperator.Equals
            ? string.Equals(actual, Value, Comparison)
            : actual.StartsWith(Value, Comparison);
    }

    /// <summary>
    /// The filter to run against a pool's stored values: a case-insensitive pool keeps username, email and
    /// preferred_username lower-cased, so the searched value is lower-cased the same way.
    /// </summary>
    public UserFilter ForPool(bool caseSensitive) =>
        caseSensitive || !FoldedInCaseInsensitivePools.Contains(Attribute) ? this : this with { Value = Value.ToLowerInvariant() };
}
