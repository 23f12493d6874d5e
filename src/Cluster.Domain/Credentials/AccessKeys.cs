using System.Buffers;
using System.Security.Cryptography;

namespace Cluster.Domain.Credentials;

/// <summary>AWS-shaped key material: temporary access key ids (<c>ASIA…</c>), secrets, and role ids (<c>AROA…</c>).</summary>
public static class AccessKeys
{
    private const string IdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static readonly SearchValues<char> IdCharacters = SearchValues.Create(IdAlphabet);
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>20 characters, as AWS's: <c>ASIA</c> marks temporary (session) credentials.</summary>
    public static string NewTemporaryAccessKeyId() => "ASIA" + RandomNumberGenerator.GetString(IdAlphabet, 16);

    /// <summary>40 characters (240 bits), as AWS's secret access keys.</summary>
    public static string NewSecretAccessKey() => RandomNumberGenerator.GetString(SecretAlphabet, 40);

    /// <summary>21 characters, as IAM's role ids.</summary>
    public static string NewRoleId() => "AROA" + RandomNumberGenerator.GetString(IdAlphabet, 17);

    public static bool IsTemporaryAccessKeyId(string value) =>
        value.Length == 20 && value.StartsWith("ASIA", StringComparison.Ordinal) && value.AsSpan(4).IndexOfAnyExcept(IdCharacters) < 0;
}
