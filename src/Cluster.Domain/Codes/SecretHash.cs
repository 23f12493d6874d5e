using System.Security.Cryptography;
using System.Text;

namespace Cluster.Domain.Codes;

/// <summary>
/// Cognito's SECRET_HASH, which clients with a secret send with user operations:
/// Base64(HMAC-SHA256(key: client secret, message: username + client id)).
/// </summary>
public static class SecretHash
{
    /// <summary>The wire limit of SecretHashType: longer input is refused before any work.</summary>
    private const int MaxPresentedLength = 128;

    public static string Compute(string clientSecret, string username, string clientId) =>
        Convert.ToBase64String(Mac(clientSecret, username, clientId));

    /// <summary>
    /// Whether <paramref name="presented"/> is the hash for these values, compared in fixed time with the canonical
    /// base64 text, so malformed or differently spelled input is simply a mismatch.
    /// </summary>
    public static bool Verify(string clientSecret, string username, string clientId, string presented)
    {
        if (clientSecret is null || username is null || clientId is null || string.IsNullOrEmpty(presented) || presented.Length > MaxPresentedLength)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(clientSecret, username, clientId));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(presented));
    }

    private static byte[] Mac(string clientSecret, string username, string clientId)
    {
        ArgumentNullException.ThrowIfNull(clientSecret);
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(clientId);
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(username + clientId));
    }
}
