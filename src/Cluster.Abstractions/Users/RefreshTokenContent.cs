using System.Text.Json.Serialization;

namespace Cluster.Abstractions.Users;

/// <summary>What a refresh token carries, sealed: enough to reach the user's grain from any silo and find its family.</summary>
public sealed record RefreshTokenContent(
    [property: JsonPropertyName("p")] string PoolId,
    [property: JsonPropertyName("s")] string Sub,
    [property: JsonPropertyName("f")] string FamilyId,
    [property: JsonPropertyName("c")] string ClientId,
    [property: JsonPropertyName("g")] int Generation,
    [property: JsonPropertyName("u")] string Username);
