using System.Collections.Frozen;
using System.Text;
using Cluster.Domain.Errors;

namespace Cluster.Domain.Users;

/// <summary>Parses the ListUsers <c>Filter</c> parameter: <c>AttributeName Filter-Type "AttributeValue"</c>.</summary>
public static class UserFilterParser
{
    /// <summary>UserFilterType's length limit in the service model.</summary>
    public const int MaxLength = 256;

    // Moto's wording for a filter that does not parse; Cognito's own is not documented.
    public const string ParseErrorMessage = "Error while parsing filter";

    /// <summary>The only attributes the ListUsers reference allows; custom attributes are not searchable.</summary>
    public static IReadOnlySet<string> SearchableAttributes { get; } = new[]
    {
        UserAttributeNames.Username,
        UserAttributeNames.Email,
        UserAttributeNames.PhoneNumber,
        "name",
        "given_name",
        "family_name",
        UserAttributeNames.PreferredUsername,
        UserAttributeNames.UserStatus,
        UserAttributeNames.Status,
        UserAttributeNames.Sub,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Null or empty text is no filter (ListUsers returns every user). Spaces around the operator are
    /// optional; the value must be double-quoted, with <c>\"</c> for a quote and <c>\\</c> for a backslash
    /// inside it (any other backslash is kept as written). An empty quoted value is a valid filter.
    /// </summary>
    public static (UserFilter? Filter, RuleViolation? Error) Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        if (text.Length > MaxLength)
        {
            return (null, ConstraintMessages.ToViolation(
                [ConstraintMessages.Item("filter", $"Member must have length less than or equal to {MaxLength}", text)]));
        }

        var i = SkipSpaces(text, 0);
        var nameStart = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('=' or '^' or '"'))
        {
            i++;
        }

        if (i == nameStart)
        {
            return Unparsable();
        }

        var name = text[nameStart..i];
        i = SkipSpaces(text, i);

        FilterOperator op;
        if (i < text.Length && text[i] == '=')
        {
            op = FilterOperator.Equals;
            i++;
        }
        else if (i + 1 < text.Length && text[i] == '^' && text[i + 1] == '=')
        {
            op = FilterOperator.StartsWith;
            i += 2;
        }
        else
        {
            return Unparsable();
        }

        i = SkipSpaces(text, i);
        var (value, end) = ReadQuoted(text, i);
        if (value is null || SkipSpaces(text, end) != text.Length)
        {
            return Unparsable();
        }

        // Syntax first, then the attribute: a malformed filter on a custom attribute is a parse error.
        if (!SearchableAttributes.Contains(name))
        {
            return (null, RuleViolation.InvalidParameter($"Invalid search attribute: {name}"));
        }

        return (new UserFilter(name, op, value), null);
    }

    private static (string? Value, int End) ReadQuoted(string text, int i)
    {
        if (i >= text.Length || text[i] != '"')
        {
            return (null, i);
        }

        var value = new StringBuilder();
        for (i++; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
            {
                value.Append(text[++i]);
            }
            else if (c == '"')
            {
                return (value.ToString(), i + 1);
            }
            else
            {
                value.Append(c);
            }
        }

        return (null, i);
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static (UserFilter?, RuleViolation?) Unparsable() => (null, RuleViolation.InvalidParameter(ParseErrorMessage));
}
