namespace Cluster.Abstractions.Users;

/// <summary>What a verified access token claims, for the user grain to check it is still valid.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AccessCheck")]
public sealed record AccessCheck(
    [property: Id(0)] long IssuedAt,
    [property: Id(1)] string? OriginJti,
    [property: Id(2)] string ClientId);
