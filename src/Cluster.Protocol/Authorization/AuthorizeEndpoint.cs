using System.Text.Json;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Errors;
using Cluster.Domain.Policies;
using Cluster.Protocol.AwsJson;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Cluster.Protocol.Authorization;

/// <summary>
/// <c>POST /authorize</c>: another service (or a gateway) hands over a request signed with our temporary credentials
/// and learns who signed it and whether the role's policies allow the action on the resource.
/// </summary>
public static class AuthorizeEndpoint
{
    /// <summary>A request description with a 64 KiB body is far below this.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapAuthorize(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/authorize", HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, RequestAuthorizer authorizer)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, Error(IdentityError.InvalidParameter($"The body is larger than {MaxBodyBytes} bytes.")));
            return;
        }

        // A chunked body is cut off at the same size: reading past it throws, and that is a 400 too.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        AuthorizeQuery? query;
        try
        {
            query = await JsonSerializer.DeserializeAsync<AuthorizeQuery>(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (Exception exception) when (exception is JsonException or BadHttpRequestException)
        {
            query = null;
        }

        if (query is null)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, Error(new IdentityError(ErrorCodes.Serialization, "The body is not a valid authorize request.")));
            return;
        }

        var outcome = await authorizer.AuthorizeAsync(query);
        if (!outcome.IsSuccess)
        {
            var status = outcome.Error!.Code == ErrorCodes.InvalidParameter ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden;
            await WriteAsync(context, status, Error(outcome.Error));
            return;
        }

        var principal = outcome.Value!.Principal;
        await WriteAsync(context, StatusCodes.Status200OK, new Dictionary<string, object>
        {
            ["decision"] = outcome.Value.Decision.ToString(),
            ["allowed"] = outcome.Value.Decision == PolicyDecision.Allow,
            ["principal"] = new Dictionary<string, object>
            {
                ["accessKeyId"] = principal.AccessKeyId,
                ["roleArn"] = principal.RoleArn,
                ["sessionName"] = principal.SessionName,
                ["variables"] = principal.Variables,
                ["principalTags"] = principal.PrincipalTags,
                ["expiration"] = principal.ExpiresAt,
            },
        });
    }

    private static Dictionary<string, object> Error(IdentityError error) => new() { ["__type"] = error.Code, ["message"] = error.Message };

    private static async Task WriteAsync(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, body, AwsJsonSerializer.Options, context.RequestAborted);
    }
}
