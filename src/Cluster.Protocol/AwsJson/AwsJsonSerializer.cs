using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cluster.Protocol.AwsJson;

/// <summary>The JSON settings of the AWS JSON 1.1 protocol: member names as declared, nulls omitted, timestamps as epoch seconds.</summary>
public static class AwsJsonSerializer
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = null,
        // Responses are JSON, never HTML: quotes and symbols are written as AWS writes them, not as \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new EpochSecondsConverter() },
    };
}
