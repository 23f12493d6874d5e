using System.Text.Json.Serialization;

namespace Cluster.Grains.Users;

/// <summary>
/// What the SECRET_BLOCK of a PASSWORD_VERIFIER challenge carries, sealed: the server's ephemeral secret travels
/// with the client instead of waiting in a grain, so the answer may reach any activation, once, before expiry.
/// </summary>
internal sealed record SrpSecretBlock(
    [property: JsonPropertyName("s")] string Sub,
    [property: JsonPropertyName("c")] string ClientId,
    [property: JsonPropertyName("A")] string AHex,
    [property: JsonPropertyName("b")] string BSecretHex,
    [property: JsonPropertyName("B")] string BHex,
    [property: JsonPropertyName("e")] long ExpiresAt,
    [property: JsonPropertyName("n")] string Nonce,
    [property: JsonPropertyName("d")] string? DeviceKey);
