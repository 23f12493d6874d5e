namespace Cluster.Domain.Passwords;

/// <summary>A user pool's password rules, as Cognito's <c>PasswordPolicyType</c> names them.</summary>
public sealed record PasswordPolicy(int MinimumLength, bool RequireUppercase, bool RequireLowercase, bool RequireNumbers, bool RequireSymbols)
{
    /// <summary>Cognito's default for a new pool: 8 characters with all four classes.</summary>
    public static PasswordPolicy Default { get; } = new(8, true, true, true, true);
}
