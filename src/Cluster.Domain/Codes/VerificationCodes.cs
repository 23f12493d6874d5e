using System.Security.Cryptography;
using System.Text;
using Cluster.Domain.Passwords;

namespace Cluster.Domain.Codes;

/// <summary>
/// One-time codes (sign-up confirmation, forgotten password, attribute verification) and temporary passwords, drawn
/// uniformly from <see cref="RandomNumberGenerator"/>. Codes are stored only as salted HMACs.
/// </summary>
public static class VerificationCodes
{
    public const int MaxDigits = 32;

    private const string Digits = "0123456789";
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";

    /// <summary>
    /// Cognito symbols that survive being pasted from an email: no space (it would break at an edge), quotes,
    /// backslash or backtick.
    /// </summary>
    private const string FriendlySymbols = "^$*.[]{}()?!@#%&/,><:;|_~=+-";

    /// <summary>A code of <paramref name="digits"/> decimal digits, leading zeros kept.</summary>
    public static string NewNumeric(int digits = 6)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, MaxDigits);
        return RandomNumberGenerator.GetString(Digits, digits);
    }

    /// <summary>
    /// A password that satisfies <paramref name="policy"/>: at least max(MinimumLength, 8) characters with one of each
    /// required class, the rest drawn from letters and digits (and symbols when the policy asks for them).
    /// </summary>
    public static string NewTemporaryPassword(PasswordPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var length = Math.Clamp(policy.MinimumLength, 8, PasswordPolicyValidator.MaxLength);

        // Every draw uses letters of both cases and digits; symbols only when required, as they trouble some readers.
        var alphabet = Upper + Lower + Digits + (policy.RequireSymbols ? FriendlySymbols : string.Empty);
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, length);
        var position = 0;
        foreach (var required in RequiredClasses(policy))
        {
            chars[position++] = RandomNumberGenerator.GetItems<char>(required, 1)[0];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());

        // A symbol can't be whitespace here, so the edges are always valid.
        return new string(chars);
    }

    /// <summary>HMAC-SHA256 of the code keyed by a per-code salt: what is stored instead of the code.</summary>
    public static byte[] Hash(string code, byte[] salt)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(salt);
        return HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(code));
    }

    /// <summary>Whether <paramref name="code"/> hashes to <paramref name="expectedHash"/>, compared in fixed time.</summary>
    public static bool Matches(string code, byte[] salt, byte[] expectedHash)
    {
        if (code is null || salt is null || expectedHash is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Hash(code, salt), expectedHash);
    }

    private static IEnumerable<string> RequiredClasses(PasswordPolicy policy)
    {
        if (policy.RequireUppercase)
        {
            yield return Upper;
        }

        if (policy.RequireLowercase)
        {
            yield return Lower;
        }

        if (policy.RequireNumbers)
        {
            yield return Digits;
        }

        if (policy.RequireSymbols)
        {
            yield return FriendlySymbols;
        }
    }
}
