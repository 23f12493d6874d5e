namespace Cluster.Abstractions.UserPools;

/// <summary>
/// A pool's (or one client's) risk configuration: which events check passwords against breach data and whether a
/// hit blocks; the account-takeover and exception settings are kept as given and echoed.
/// </summary>
[GenerateSerializer, Immutable, Alias("Cluster.RiskConfig")]
public sealed record RiskConfig(
    [property: Id(0)] IReadOnlyList<string> CompromisedEventFilter,
    [property: Id(1)] string? CompromisedAction,
    [property: Id(2)] string? AccountTakeoverJson,
    [property: Id(3)] string? RiskExceptionJson,
    [property: Id(4)] DateTimeOffset LastModifiedDate)
{
    /// <summary>Whether a breached password blocks <paramref name="eventName"/> (SIGN_IN, SIGN_UP, PASSWORD_CHANGE).</summary>
    public bool Blocks(string eventName) =>
        CompromisedAction == "BLOCK" && (CompromisedEventFilter.Count == 0 || CompromisedEventFilter.Contains(eventName));
}
