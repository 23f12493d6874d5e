using Cluster.Domain.Secrets;

namespace Cluster.Abstractions.Security;

/// <summary>
/// The cluster's symmetric keys, the same on every silo: one seals secrets at rest (signing keys, client
/// secrets, TOTP seeds), the other seals what clients carry (refresh tokens, sessions, SRP secret blocks).
/// </summary>
public sealed class ClusterKeys(AeadSealer atRest, AeadSealer tokens)
{
    public AeadSealer AtRest { get; } = atRest;

    public AeadSealer Tokens { get; } = tokens;
}
