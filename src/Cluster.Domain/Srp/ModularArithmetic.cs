using System.Numerics;

namespace Cluster.Domain.Srp;

/// <summary>SRP's modular exponentiation: OpenSSL's where it loads, .NET's BigInteger otherwise (same results).</summary>
public static class ModularArithmetic
{
    public static BigInteger ModPow(BigInteger value, BigInteger exponent, BigInteger modulus) =>
        NativeModPow.IsAvailable && !modulus.IsEven && value.Sign >= 0 && exponent.Sign >= 0
            ? NativeModPow.ModPow(value, exponent, modulus)
            : BigInteger.ModPow(value, exponent, modulus);

    /// <summary>Whether the native path is in use on this machine (for the load driver's baseline and the tests).</summary>
    public static bool UsesOpenSsl => NativeModPow.IsAvailable;
}
