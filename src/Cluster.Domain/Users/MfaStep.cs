namespace Cluster.Domain.Users;

/// <summary>The kinds of <see cref="MfaDecision"/>.</summary>
public enum MfaStep
{
    None,
    Challenge,
    Select,
    Setup,
    Unavailable,
}
