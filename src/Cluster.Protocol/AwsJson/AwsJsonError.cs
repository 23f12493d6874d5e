using System.Text.Json.Serialization;

namespace Cluster.Protocol.AwsJson;

/// <summary>The error body of the AWS JSON protocol.</summary>
public sealed record AwsJsonError(
    [property: JsonPropertyName("__type")] string Type,
    [property: JsonPropertyName("message")] string Message);
