namespace Cluster.Abstractions.Users;

/// <summary>One page of AdminListUserAuthEvents, newest first.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AuthEventPage")]
public sealed record AuthEventPage(
    [property: Id(0)] IReadOnlyList<AuthEvent> Events,
    [property: Id(1)] string? NextToken);
