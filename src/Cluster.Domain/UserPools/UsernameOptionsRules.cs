using Cluster.Domain.Errors;

namespace Cluster.Domain.UserPools;

/// <summary>Cognito's rules for how users sign in: by username with aliases, or by email/phone as the username.</summary>
public static class UsernameOptionsRules
{
    public static RuleViolation? Check(IReadOnlyCollection<string> aliasAttributes, IReadOnlyCollection<string> usernameAttributes)
    {
        if (aliasAttributes.Count > 0 && usernameAttributes.Count > 0)
        {
            return RuleViolation.InvalidParameter("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
        }

        if (aliasAttributes.Distinct(StringComparer.Ordinal).Count() != aliasAttributes.Count ||
            usernameAttributes.Distinct(StringComparer.Ordinal).Count() != usernameAttributes.Count)
        {
            return RuleViolation.InvalidParameter("Duplicate attributes are not allowed.");
        }

        return null;
    }
}
