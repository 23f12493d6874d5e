using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Security.Cryptography;

namespace Cluster.Domain.Srp;

/// <summary>Makes the <see cref="SrpVerifier"/> a user or a device signs in against.</summary>
public static class SrpVerifiers
{
    /// <summary>Bytes of salt this server picks, as the npm client does for devices.</summary>
    public const int SaltSize = 16;

    /// <summary>Longest salt accepted from ConfirmDevice; clients send 16 or 17 bytes.</summary>
    public const int MaxClientSaltSize = 64;

    /// <summary>
    /// For USER_SRP_AUTH, made at sign-up or password change while the plaintext is at hand. <paramref name="poolName"/>
    /// is the part of the pool id after '_'; <paramref name="userIdForSrp"/> is the USER_ID_FOR_SRP the challenge will
    /// carry, so a new one needs a new verifier.
    /// </summary>
    public static SrpVerifier Create(string poolName, string userIdForSrp, string password) =>
        Create(poolName, userIdForSrp, password, RandomNumberGenerator.GetBytes(SaltSize));

    /// <summary>As <see cref="Create(string, string, string)"/> with a given salt.</summary>
    public static SrpVerifier Create(string poolName, string userIdForSrp, string password, ReadOnlySpan<byte> salt)
    {
        if (salt.IsEmpty)
        {
            throw new ArgumentException("The salt must not be empty.", nameof(salt));
        }

        // Clients read SALT as a number and hash padHex of it, so keep the salt in that spelling.
        var saltValue = new BigInteger(salt, isUnsigned: true, isBigEndian: true);
        var verifier = SrpMath.ComputeVerifier(SrpMath.ComputeX(saltValue, poolName, userIdForSrp, password));
        return new SrpVerifier(SrpGroup.PadHex(saltValue), SrpGroup.PadHex(verifier));
    }

    /// <summary>
    /// A device's verifier as the npm client's <c>generateHashDevice</c> makes it: the user formula with the device group
    /// key as pool name and the device key as user id. The server normally receives this from ConfirmDevice instead.
    /// </summary>
    public static SrpVerifier CreateForDevice(string deviceGroupKey, string deviceKey, string devicePassword) =>
        Create(deviceGroupKey, deviceKey, devicePassword);

    /// <summary>
    /// Reads ConfirmDevice's DeviceSecretVerifierConfig (base64 of the hex bytes of padHex(v) and of the salt).
    /// False for bad base64, an empty or oversized salt, or v outside (1, N): v = 0 or 1 would make S guessable.
    /// </summary>
    public static bool TryFromDeviceSecretVerifierConfig(string? passwordVerifierBase64, string? saltBase64, [NotNullWhen(true)] out SrpVerifier? verifier)
    {
        verifier = null;
        if (!TryDecode(saltBase64, MaxClientSaltSize, out var salt)
            || !TryDecode(passwordVerifierBase64, (SrpGroup.NHexLength / 2) + 1, out var verifierBytes))
        {
            return false;
        }

        var v = new BigInteger(verifierBytes, isUnsigned: true, isBigEndian: true);
        if (v <= BigInteger.One || v >= SrpGroup.N)
        {
            return false;
        }

        // The salt is echoed as SALT exactly as given; clients re-pad it themselves.
        verifier = new SrpVerifier(Convert.ToHexStringLower(salt), SrpGroup.PadHex(v));
        return true;
    }

    private static bool TryDecode(string? base64, int maxBytes, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(base64) || base64.Length > (maxBytes + 2) / 3 * 4)
        {
            return false;
        }

        var buffer = new byte[base64.Length / 4 * 3 + 3];
        if (!Convert.TryFromBase64String(base64, buffer, out var written) || written == 0 || written > maxBytes)
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }
}
