using System.Net;
using System.Text.Json;

namespace Cluster.Protocol.Tests;

/// <summary>A response: status, headers, and the parsed JSON body.</summary>
public sealed class Reply
{
    public Reply(HttpResponseMessage response, string text)
    {
        Status = response.StatusCode;
        Text = text;
        ErrorTypeHeader = response.Headers.TryGetValues("x-amzn-ErrorType", out var types) ? types.Single() : null;
        RequestId = response.Headers.TryGetValues("x-amzn-RequestId", out var ids) ? ids.Single() : null;
        Json = text.Length > 0 ? JsonDocument.Parse(text).RootElement.Clone() : default;
    }

    public HttpStatusCode Status { get; }

    public string Text { get; }

    public string? ErrorTypeHeader { get; }

    public string? RequestId { get; }

    public JsonElement Json { get; }

    public string? ErrorType => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("__type", out var t) ? t.GetString() : null;

    public string? Message => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("message", out var m) ? m.GetString() : null;

    /// <summary>Asserts a typed AWS error: HTTP 400, the name in body and header, and a request id.</summary>
    public Reply AssertError(string type)
    {
        Assert.True(Status == HttpStatusCode.BadRequest, $"Expected 400 {type}, got {(int)Status}: {Text}");
        Assert.Equal(type, ErrorType);
        Assert.Equal(type, ErrorTypeHeader);
        Assert.False(string.IsNullOrEmpty(Message));
        Assert.False(string.IsNullOrEmpty(RequestId));
        return this;
    }

    public Reply AssertOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200, got {(int)Status}: {Text}");
        Assert.False(string.IsNullOrEmpty(RequestId));
        return this;
    }
}
