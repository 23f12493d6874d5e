namespace Cluster.LoadTests;

/// <summary>
/// One stream of requests for the runner: what to send for a user, to which users, in what shape and for how
/// long, and which failures are the expected outcome rather than errors.
/// </summary>
public sealed record StreamPlan(
    string Name,
    Func<TestUser, Task<CallResult>> Request,
    IReadOnlyList<TestUser> Users,
    LoadShape Shape,
    double WarmupSeconds,
    double DurationSeconds,
    long? MaxRequests)
{
    /// <summary>Error types that are the point of the stream (lockout storm: NotAuthorizedException).</summary>
    public IReadOnlySet<string> ExpectedErrors { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
