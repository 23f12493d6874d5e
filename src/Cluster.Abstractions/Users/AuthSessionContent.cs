using System.Text.Json.Serialization;

namespace Cluster.Abstractions.Users;

/// <summary>The <c>Session</c> of a pending challenge, sealed: whose it is, which challenge, until when.</summary>
public sealed record AuthSessionContent(
    [property: JsonPropertyName("p")] string PoolId,
    [property: JsonPropertyName("s")] string Sub,
    [property: JsonPropertyName("c")] string ClientId,
    [property: JsonPropertyName("n")] string ChallengeName,
    [property: JsonPropertyName("e")] long ExpiresAt);
