namespace Cluster.Abstractions.Users;

/// <summary>A successful sign-in or refresh: the <c>AuthenticationResult</c> of the wire.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AuthTokens")]
public sealed record AuthTokens(
    [property: Id(0)] string AccessToken,
    [property: Id(1)] string IdToken,
    [property: Id(2)] string? RefreshToken,
    [property: Id(3)] int ExpiresIn);
