namespace Cluster.Abstractions.Users;

/// <summary>A successful sign-in or refresh: the <c>AuthenticationResult</c> of the wire.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.AuthTokens")]
public sealed record AuthTokens(
    [property: Id(0)] string AccessToken,
    [property: Id(1)] string IdToken,
    [property: Id(2)] string? RefreshToken,
    [property: Id(3)] int ExpiresIn)
{
    /// <summary>NewDeviceMetadata: a device key and the user's device group key, when the pool tracks devices.</summary>
    [Id(4)] public string? NewDeviceKey { get; init; }

    [Id(5)] public string? NewDeviceGroupKey { get; init; }
}
