using Cluster.Domain.Errors;

namespace Cluster.Domain.Users;

/// <summary>Cognito's rules for the Username parameter and for how a pool compares usernames.</summary>
public static class UsernameRules
{
    /// <summary>UsernameType's length limit in the service model.</summary>
    public const int MaxLength = 128;

    /// <summary>The comparison key: case-insensitive pools compare (and store) usernames lower-cased.</summary>
    public static string Normalize(string username, bool caseSensitive)
    {
        ArgumentNullException.ThrowIfNull(username);
        return caseSensitive ? username : username.ToLowerInvariant();
    }

    /// <summary>
    /// UsernameType from the service model: 1 to 128 characters of letters, marks, symbols, numbers and
    /// punctuation (no spaces or control characters). Reported as AWS reports model constraints, without
    /// the value because usernames are sensitive.
    /// </summary>
    public static RuleViolation? Check(string? username)
    {
        if (username is null)
        {
            return ConstraintMessages.ToViolation([$"Value null at 'username' failed to satisfy constraint: {ConstraintMessages.NotNull}"]);
        }

        var items = new List<string>();
        if (username.Length == 0)
        {
            items.Add(ConstraintMessages.Item("username", ConstraintMessages.MinLength(1)));
        }

        if (username.Length > MaxLength)
        {
            items.Add(ConstraintMessages.Item("username", ConstraintMessages.MaxLength(MaxLength)));
        }

        if (!ModelPatterns.IsUsername(username))
        {
            items.Add(ConstraintMessages.Item("username", ConstraintMessages.Pattern(ModelPatterns.Username)));
        }

        return ConstraintMessages.ToViolation(items);
    }

    public static bool LooksLikeEmail(string username) => ContactFormats.IsEmail(username);

    public static bool LooksLikePhone(string username) => ContactFormats.IsPhoneNumber(username);

    /// <summary>
    /// The pool's sign-in settings: with UsernameAttributes the username must be one of them (an email or a
    /// phone number); with an email or phone alias it must not look like one, so it cannot shadow another
    /// user's alias.
    /// </summary>
    public static RuleViolation? CheckForPool(
        string username,
        IReadOnlyCollection<string> usernameAttributes,
        IReadOnlyCollection<string> aliasAttributes)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(usernameAttributes);
        ArgumentNullException.ThrowIfNull(aliasAttributes);

        var byEmail = usernameAttributes.Contains(UserAttributeNames.Email);
        var byPhone = usernameAttributes.Contains(UserAttributeNames.PhoneNumber);
        if (byEmail || byPhone)
        {
            if ((byEmail && LooksLikeEmail(username)) || (byPhone && LooksLikePhone(username)))
            {
                return null;
            }

            return RuleViolation.InvalidParameter((byEmail, byPhone) switch
            {
                (true, true) => "Username should be either an email or a phone number.",
                (true, false) => "Username should be an email.",
                _ => "Username should be a phone number.",
            });
        }

        if (aliasAttributes.Contains(UserAttributeNames.Email) && LooksLikeEmail(username))
        {
            return RuleViolation.InvalidParameter("Username cannot be of email format, since user pool is configured for email alias.");
        }

        if (aliasAttributes.Contains(UserAttributeNames.PhoneNumber) && LooksLikePhone(username))
        {
            return RuleViolation.InvalidParameter(
                "Username cannot be of phone number format, since user pool is configured for phone number alias.");
        }

        return null;
    }
}
