using System.Buffers;
using Cluster.Domain.Errors;

namespace Cluster.Domain.Passwords;

/// <summary>
/// Checks a proposed password the way Cognito does: first the wire shape of the parameter (at most 256 characters, no
/// leading or trailing whitespace), then the pool's policy in Cognito's order, reporting only the first failure.
/// </summary>
public static class PasswordPolicyValidator
{
    public const int MaxLength = 256;

    /// <summary>Cognito's special characters. A space inside the password also counts as one.</summary>
    public const string Symbols = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    private static readonly SearchValues<char> SymbolValues = SearchValues.Create(Symbols);

    private const string PolicyPrefix = "Password did not conform with policy: ";

    /// <summary>The pattern Cognito reports when a password starts or ends with whitespace.</summary>
    private const string EdgeWhitespacePattern = @"^[\S]+.*[\S]+$";

    /// <inheritdoc cref="Check(string, PasswordPolicy, string)"/>
    public static RuleViolation? Check(string password, PasswordPolicy policy) => Check(password, policy, "password");

    /// <summary>The first rule the password breaks, or null when it is acceptable.</summary>
    /// <param name="fieldName">The request member the password came in (for example <c>proposedPassword</c>), named in shape errors.</param>
    public static RuleViolation? Check(string password, PasswordPolicy policy, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(policy);

        // Shape errors are InvalidParameterException, as Cognito's request validation reports them.
        if (password.Length > MaxLength)
        {
            return ShapeViolation(fieldName, $"Member must have length less than or equal to {MaxLength}");
        }

        if (password.Length == 0 || char.IsWhiteSpace(password[0]) || char.IsWhiteSpace(password[^1]))
        {
            return ShapeViolation(fieldName, $"Member must satisfy regular expression pattern: {EdgeWhitespacePattern}");
        }

        if (password.Length < policy.MinimumLength)
        {
            return PolicyViolation("Password not long enough");
        }

        if (policy.RequireUppercase && !password.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return PolicyViolation("Password must have uppercase characters");
        }

        if (policy.RequireLowercase && !password.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            return PolicyViolation("Password must have lowercase characters");
        }

        if (policy.RequireNumbers && !password.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return PolicyViolation("Password must have numeric characters");
        }

        // Edges are already known not to be spaces, so any space here is an inner one, which Cognito counts.
        return policy.RequireSymbols && !password.AsSpan().ContainsAny(SymbolValues)
            ? PolicyViolation("Password must have symbol characters")
            : null;
    }

    /// <summary>Whether <paramref name="c"/> is one of Cognito's special characters (space included).</summary>
    public static bool IsSymbol(char c) => SymbolValues.Contains(c);

    private static RuleViolation PolicyViolation(string reason) => new(ErrorCodes.InvalidPassword, PolicyPrefix + reason);

    private static RuleViolation ShapeViolation(string fieldName, string constraint) =>
        RuleViolation.InvalidParameter($"1 validation error detected: Value at '{fieldName}' failed to satisfy constraint: {constraint}");
}
