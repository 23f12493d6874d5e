using System.Security.Cryptography;
using OtpNet;

namespace Cluster.Domain.Totp;

/// <summary>
/// RFC 6238 time-based codes as authenticator apps compute them (SHA-1, 6 digits, 30 s steps). One step of clock
/// drift either way is allowed, and a step once used is refused again, so a code works exactly once.
/// </summary>
public static class TotpAuthenticator
{
    public const int SecretBytes = 20;

    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    /// <summary>The secret as apps and AssociateSoftwareToken's <c>SecretCode</c> show it: base32, no padding.</summary>
    public static string ToBase32(byte[] secret) => Base32Encoding.ToString(secret).TrimEnd('=');

    /// <summary>The matched time step, or null when the code is wrong, malformed, or its step is not after <paramref name="lastUsedStep"/>.</summary>
    public static long? Verify(byte[] secret, string code, DateTimeOffset now, long lastUsedStep)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        var totp = new OtpNet.Totp(secret);
        if (!totp.VerifyTotp(now.UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return null;
        }

        return step > lastUsedStep ? step : null;
    }

    /// <summary>The code for a moment: for tests and the load driver, which play the authenticator app.</summary>
    public static string CodeAt(byte[] secret, DateTimeOffset at) => new OtpNet.Totp(secret).ComputeTotp(at.UtcDateTime);
}
