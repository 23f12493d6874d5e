using System.Text.Json.Serialization;

namespace Cluster.Abstractions.Iam;

/// <summary>
/// What a temporary credential's session token carries, sealed with the cluster's token key: the secret the
/// request was signed with, the role, and the caller's policy variables (e.g. <c>cognito-identity.amazonaws.com:sub</c>
/// → identity id) and any session policy that narrows the role, so any silo verifies and authorizes a SigV4 request without a lookup.
/// </summary>
public sealed record SessionTokenContent(
    [property: JsonPropertyName("k")] string AccessKeyId,
    [property: JsonPropertyName("s")] string SecretAccessKey,
    [property: JsonPropertyName("r")] string RoleArn,
    [property: JsonPropertyName("n")] string SessionName,
    [property: JsonPropertyName("v")] IReadOnlyDictionary<string, string[]> Variables,
    [property: JsonPropertyName("t")] IReadOnlyDictionary<string, string> PrincipalTags,
    [property: JsonPropertyName("i")] long IssuedAt,
    [property: JsonPropertyName("e")] long ExpiresAt,
    [property: JsonPropertyName("p")] string? SessionPolicy = null);
