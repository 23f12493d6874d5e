using System.Net;
using System.Text.Json;

namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>One AWS JSON 1.1 reply: status and body; <see cref="ErrorType"/> is the <c>__type</c> of an error reply.</summary>
public sealed record AwsJsonReply(HttpStatusCode Status, JsonElement Body, string RawBody)
{
    public string? ErrorType =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("__type", out var type) ? type.GetString() : null;

    /// <summary>The body, after checking the reply succeeded (the body is in the message if not).</summary>
    public JsonElement EnsureOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200, got {(int)Status}: {RawBody}");
        return Body;
    }
}
