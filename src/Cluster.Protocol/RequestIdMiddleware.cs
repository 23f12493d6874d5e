using Microsoft.AspNetCore.Http;

namespace Cluster.Protocol;

/// <summary>Gives every response an <c>x-amzn-RequestId</c>, as AWS does; SDKs surface it in errors and logs.</summary>
public sealed class RequestIdMiddleware(RequestDelegate next)
{
    public const string Header = "x-amzn-RequestId";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers[Header] = Guid.NewGuid().ToString();
        return next(context);
    }
}
