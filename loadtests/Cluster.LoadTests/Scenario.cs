namespace Cluster.LoadTests;

/// <summary>
/// One request type driven in a closed loop: which operation, which prebuilt body for a user, and a byte string a
/// good reply must contain (a cheap check that a 200 carried what the operation promises). A scenario of several
/// requests (SRP's challenge and answer) gives <see cref="Steps"/> instead, timed as one sign-in.
/// </summary>
public sealed record Scenario(string Name, string Description, string Operation, Func<TestUser, byte[]> Body, byte[] SuccessMarker)
{
    public Func<TestUser, AwsJsonClient, Task<CallResult>>? Steps { get; init; }

    /// <summary>Setup also makes an identity pool trusting the run's app client, a role, and each user's identity.</summary>
    public bool NeedsIdentityPool { get; init; }
}
