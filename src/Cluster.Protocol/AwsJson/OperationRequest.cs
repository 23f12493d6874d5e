using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Cluster.Protocol.AwsJson;

/// <summary>A validated request body and the HTTP exchange it came in.</summary>
public sealed class OperationRequest(string operation, JsonElement input, HttpContext httpContext)
{
    public string Operation { get; } = operation;

    public JsonElement Input { get; } = input;

    public HttpContext HttpContext { get; } = httpContext;

    public CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>The body as a typed wire record; safe because the shape check already ran.</summary>
    public T Read<T>() => Input.Deserialize<T>(AwsJsonSerializer.Options)!;
}
