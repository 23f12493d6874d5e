namespace Cluster.Domain.Users;

/// <summary>What sign-in asks for after the password: nothing, a factor, a choice, or setting one up.</summary>
public sealed record MfaDecision(MfaStep Step, string? Factor, IReadOnlyList<string> Choices)
{
    public static MfaDecision None { get; } = new(MfaStep.None, null, []);
}
