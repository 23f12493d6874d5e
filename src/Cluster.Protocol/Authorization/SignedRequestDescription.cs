using System.Text.Json.Serialization;

namespace Cluster.Protocol.Authorization;

/// <summary>
/// A signed HTTP request: method, path and query as sent (still percent-encoded), its headers (with Authorization,
/// X-Amz-Date and X-Amz-Security-Token), and the body (text) or its SHA-256 (hex).
/// </summary>
public sealed record SignedRequestDescription(
    [property: JsonPropertyName("method")] string? Method,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("query")] string? Query,
    [property: JsonPropertyName("headers")] Dictionary<string, string>? Headers,
    [property: JsonPropertyName("body")] string? Body,
    [property: JsonPropertyName("payloadHash")] string? PayloadHash);
