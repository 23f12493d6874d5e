using System.Buffers.Text;
using System.Globalization;

namespace Cluster.Domain.Passwords;

/// <summary>
/// The PHC string format for Argon2id, <c>$argon2id$v=19$m=..,t=..,p=..$salt$hash</c>, with unpadded standard base64,
/// as written by libsodium, argon2-cffi and the reference implementation. Parsing is strict: anything else is rejected.
/// </summary>
internal sealed record PhcString(PasswordHashParameters Parameters, byte[] Salt, byte[] Hash)
{
    private const string Prefix = "$argon2id$v=19$";

    /// <summary>libsodium takes exactly 16 bytes of salt.</summary>
    public const int SaltSize = 16;

    public const int MinHashSize = 16;

    public const int MaxHashSize = 64;

    /// <summary>Long enough for any valid string; longer input is rejected before any work.</summary>
    private const int MaxLength = 256;

    public string Format() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Prefix}m={Parameters.MemoryKiB},t={Parameters.Iterations},p={Parameters.Parallelism}${Encode(Salt)}${Encode(Hash)}");

    public static bool TryParse(string? encoded, out PhcString? phc)
    {
        phc = null;
        if (encoded is null || encoded.Length > MaxLength || !encoded.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = encoded[Prefix.Length..].Split('$');
        if (parts.Length != 3)
        {
            return false;
        }

        var settings = parts[0].Split(',');
        if (settings.Length != 3
            || !TryReadSetting(settings[0], "m=", out var memory)
            || !TryReadSetting(settings[1], "t=", out var iterations)
            || !TryReadSetting(settings[2], "p=", out var parallelism))
        {
            return false;
        }

        var parameters = new PasswordHashParameters(memory, iterations, parallelism);
        if (parameters.Validate() is not null
            || !TryDecode(parts[1], out var salt) || salt.Length != SaltSize
            || !TryDecode(parts[2], out var hash) || hash.Length is < MinHashSize or > MaxHashSize)
        {
            return false;
        }

        phc = new PhcString(parameters, salt, hash);
        return true;
    }

    // Decimal without sign, leading zeros or spaces, so one hash has exactly one spelling.
    private static bool TryReadSetting(string text, string name, out int value)
    {
        value = 0;
        if (!text.StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        var digits = text.AsSpan(name.Length);
        if (digits.IsEmpty || digits.Length > 10 || (digits[0] == '0' && digits.Length > 1))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    // Unpadded standard base64; padding, whitespace and non-canonical trailing bits are refused.
    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '+' || c == '/'))
            {
                return false;
            }
        }

        var padded = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
        var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(padded.Length)];
        if (!Convert.TryFromBase64String(padded, buffer, out var written))
        {
            return false;
        }

        bytes = buffer[..written];
        return string.Equals(Encode(bytes), text, StringComparison.Ordinal);
    }
}
