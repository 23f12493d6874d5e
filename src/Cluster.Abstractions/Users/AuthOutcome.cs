namespace Cluster.Abstractions.Users;

/// <summary>The end of an auth step: tokens, or the next challenge with its parameters and session.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AuthOutcome")]
public sealed record AuthOutcome(
    [property: Id(0)] AuthTokens? Tokens,
    [property: Id(1)] string? ChallengeName,
    [property: Id(2)] IReadOnlyDictionary<string, string>? ChallengeParameters,
    [property: Id(3)] string? Session);
