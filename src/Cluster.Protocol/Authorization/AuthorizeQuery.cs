using System.Text.Json.Serialization;

namespace Cluster.Protocol.Authorization;

/// <summary>
/// The body of <c>POST /authorize</c>: a request as its caller signed it with temporary credentials, and what it
/// asks for (<c>s3:GetObject</c> on <c>arn:aws:s3:::photos/…</c>), with any service-specific context keys.
/// </summary>
public sealed record AuthorizeQuery(
    [property: JsonPropertyName("request")] SignedRequestDescription? Request,
    [property: JsonPropertyName("action")] string? Action,
    [property: JsonPropertyName("resource")] string? Resource,
    [property: JsonPropertyName("context")] Dictionary<string, string[]>? Context,
    [property: JsonPropertyName("sourceIp")] string? SourceIp);
