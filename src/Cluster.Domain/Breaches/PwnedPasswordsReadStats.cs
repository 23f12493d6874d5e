namespace Cluster.Domain.Breaches;

/// <summary>What <see cref="PwnedPasswordsReader"/> saw, updated as its sequence is enumerated.</summary>
public sealed class PwnedPasswordsReadStats
{
    /// <summary>Hashes returned.</summary>
    public long Hashes { get; internal set; }

    public long BlankLines { get; internal set; }

    /// <summary>Lines that are not a hash of the expected length in hex, with or without ":COUNT".</summary>
    public long MalformedLines { get; internal set; }

    /// <summary>Lines with a count of 0: the range API's padding, not real passwords.</summary>
    public long PaddingLines { get; internal set; }

    /// <summary>Range files read.</summary>
    public long Files { get; internal set; }

    /// <summary>Files in a range folder whose name is not a 5-hex-digit prefix.</summary>
    public long SkippedFiles { get; internal set; }
}
