using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Cluster.Domain.Passwords;

/// <summary>
/// Argon2id password hashes in PHC string form, computed by libsodium through NSec. Thread-safe.
/// </summary>
public sealed class PasswordHasher
{
    private const int HashSize = 32;

    // Compared against in BurnDummyVerify so that call does the same work as a real verify.
    private static readonly byte[] DummyHash = new byte[HashSize];

    private readonly PasswordHashParameters _parameters;
    private readonly Argon2id _algorithm;

    public PasswordHasher(PasswordHashParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        parameters.EnsureValid();
        _parameters = parameters;
        _algorithm = CreateAlgorithm(parameters);
    }

    public PasswordHashParameters Parameters => _parameters;

    /// <summary>A fresh salt and hash at the configured cost: <c>$argon2id$v=19$m=19456,t=2,p=1$salt$hash</c>.</summary>
    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(PhcString.SaltSize);
        var hash = Derive(_algorithm, password, salt, HashSize);
        return new PhcString(_parameters, salt, hash).Format();
    }

    /// <summary>
    /// Whether <paramref name="password"/> matches <paramref name="encoded"/>, at the cost written in the string.
    /// Malformed or unsupported strings are a mismatch, never an exception.
    /// </summary>
    public bool Verify(string password, string encoded)
    {
        if (password is null || !PhcString.TryParse(encoded, out var phc))
        {
            return false;
        }

        var algorithm = phc!.Parameters == _parameters ? _algorithm : CreateAlgorithm(phc.Parameters);
        var actual = Derive(algorithm, password, phc.Salt, phc.Hash.Length);
        return CryptographicOperations.FixedTimeEquals(actual, phc.Hash);
    }

    /// <summary>True when the hash was made at another cost or shape than today's, so it should be replaced after a successful sign-in.</summary>
    public bool NeedsRehash(string encoded) =>
        !PhcString.TryParse(encoded, out var phc) || phc!.Parameters != _parameters || phc.Hash.Length != HashSize;

    /// <summary>Spends one hash at the current cost, so a sign-in for an unknown user takes as long as for a known one.</summary>
    public void BurnDummyVerify(string password)
    {
        var actual = Derive(_algorithm, password ?? string.Empty, DummyHash.AsSpan(0, PhcString.SaltSize), HashSize);
        _ = CryptographicOperations.FixedTimeEquals(actual, DummyHash);
    }

    private static Argon2id CreateAlgorithm(PasswordHashParameters parameters)
    {
        var nsec = new Argon2Parameters
        {
            MemorySize = parameters.MemoryKiB,
            NumberOfPasses = parameters.Iterations,
            DegreeOfParallelism = parameters.Parallelism,
        };
        return PasswordBasedKeyDerivationAlgorithm.Argon2id(in nsec);
    }

    // UTF-8 on purpose: NSec's string overload hashes UTF-16, which no other Argon2 implementation would reproduce.
    private static byte[] Derive(Argon2id algorithm, string password, ReadOnlySpan<byte> salt, int size)
    {
        var bytes = Encoding.UTF8.GetBytes(password);
        try
        {
            return algorithm.DeriveBytes(bytes, salt, size);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
