namespace Cluster.Domain.Passwords;

/// <summary>
/// Argon2id cost settings. They are written into every hash, so raising them later leaves older hashes verifiable.
/// </summary>
/// <param name="MemoryKiB">Memory per hash in kibibytes (m).</param>
/// <param name="Iterations">Passes over that memory (t).</param>
/// <param name="Parallelism">Lanes (p). libsodium computes one lane only, so this must be 1.</param>
public sealed record PasswordHashParameters(int MemoryKiB, int Iterations, int Parallelism)
{
    /// <summary>libsodium's floor (crypto_pwhash_argon2id_MEMLIMIT_MIN is 8 KiB). Only tests go this low.</summary>
    public const int MinMemoryKiB = 8;

    /// <summary>4 GiB: beyond this a typo in configuration, not a choice; one sign-in would starve the silo.</summary>
    public const int MaxMemoryKiB = 4 * 1024 * 1024;

    public const int MinIterations = 1;

    /// <summary>At 19 MiB, 64 passes already take over a second per hash.</summary>
    public const int MaxIterations = 64;

    /// <summary>OWASP's Argon2id setting: 19 MiB, 2 passes, 1 lane.</summary>
    public static PasswordHashParameters Default { get; } = new(19456, 2, 1);

    /// <summary>What is wrong with these settings, naming the field; null when they are usable.</summary>
    public string? Validate()
    {
        if (MemoryKiB is < MinMemoryKiB or > MaxMemoryKiB)
        {
            return $"{nameof(MemoryKiB)} must be between {MinMemoryKiB} and {MaxMemoryKiB}, was {MemoryKiB}.";
        }

        if (Iterations is < MinIterations or > MaxIterations)
        {
            return $"{nameof(Iterations)} must be between {MinIterations} and {MaxIterations}, was {Iterations}.";
        }

        // NSec (libsodium) rejects any other lane count.
        return Parallelism != 1 ? $"{nameof(Parallelism)} must be 1 (libsodium computes a single lane), was {Parallelism}." : null;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <see cref="Validate"/>'s message when the settings are unusable.</summary>
    public void EnsureValid()
    {
        var problem = Validate();
        if (problem is not null)
        {
            throw new ArgumentException($"Invalid Argon2id parameters: {problem}");
        }
    }
}
