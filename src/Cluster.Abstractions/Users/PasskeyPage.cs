namespace Cluster.Abstractions.Users;

/// <summary>One page of ListWebAuthnCredentials.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.PasskeyPage")]
public sealed record PasskeyPage(
    [property: Id(0)] IReadOnlyList<PasskeyView> Credentials,
    [property: Id(1)] string? NextToken);
