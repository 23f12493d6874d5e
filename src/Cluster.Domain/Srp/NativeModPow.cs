using System.Numerics;
using System.Runtime.InteropServices;

namespace Cluster.Domain.Srp;

/// <summary>
/// Modular exponentiation through OpenSSL's libcrypto (which .NET itself uses on Linux), in constant time: about six
/// times faster than <see cref="BigInteger.ModPow(BigInteger, BigInteger, BigInteger)"/> for SRP's 3072-bit group.
/// Where libcrypto cannot be loaded (Windows, macOS without it), callers fall back to BigInteger.
/// </summary>
internal static partial class NativeModPow
{
    private const string Library = "libcrypto.so.3";

    private static readonly Lazy<bool> Loaded = new(() =>
    {
        try
        {
            var context = BN_CTX_new();
            BN_CTX_free(context);
            return context != IntPtr.Zero;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    });

    public static bool IsAvailable => Loaded.Value;

    /// <summary><paramref name="value"/>^<paramref name="exponent"/> mod <paramref name="modulus"/>; all non-negative, modulus odd.</summary>
    public static BigInteger ModPow(BigInteger value, BigInteger exponent, BigInteger modulus)
    {
        var context = BN_CTX_new();
        var a = FromBigInteger(value);
        var p = FromBigInteger(exponent);
        var m = FromBigInteger(modulus);
        var r = BN_new();
        try
        {
            if (context == IntPtr.Zero || a == IntPtr.Zero || p == IntPtr.Zero || m == IntPtr.Zero || r == IntPtr.Zero
                || BN_mod_exp_mont_consttime(r, a, p, m, context, IntPtr.Zero) != 1)
            {
                throw new CryptographicFailure("OpenSSL BN_mod_exp_mont_consttime failed.");
            }

            var size = modulus.GetByteCount(isUnsigned: true);
            var bytes = new byte[size];
            if (BN_bn2binpad(r, bytes, size) != size)
            {
                throw new CryptographicFailure("OpenSSL BN_bn2binpad failed.");
            }

            return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        }
        finally
        {
            // Exponents are secrets: clear them, not just free them.
            BN_clear_free(p);
            BN_clear_free(r);
            BN_free(a);
            BN_free(m);
            BN_CTX_free(context);
        }
    }

    private static IntPtr FromBigInteger(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        var number = BN_bin2bn(bytes, bytes.Length, IntPtr.Zero);
        Array.Clear(bytes);
        return number;
    }

    [LibraryImport(Library)]
    private static partial IntPtr BN_CTX_new();

    [LibraryImport(Library)]
    private static partial void BN_CTX_free(IntPtr context);

    [LibraryImport(Library)]
    private static partial IntPtr BN_new();

    [LibraryImport(Library)]
    private static partial void BN_free(IntPtr number);

    [LibraryImport(Library)]
    private static partial void BN_clear_free(IntPtr number);

    [LibraryImport(Library)]
    private static partial IntPtr BN_bin2bn(byte[] bytes, int length, IntPtr result);

    [LibraryImport(Library)]
    private static partial int BN_bn2binpad(IntPtr number, [Out] byte[] to, int length);

    [LibraryImport(Library)]
    private static partial int BN_mod_exp_mont_consttime(IntPtr result, IntPtr value, IntPtr exponent, IntPtr modulus, IntPtr context, IntPtr montgomery);

    /// <summary>A failure inside libcrypto: never expected for valid SRP inputs.</summary>
    private sealed class CryptographicFailure(string message) : System.Security.Cryptography.CryptographicException(message);
}
