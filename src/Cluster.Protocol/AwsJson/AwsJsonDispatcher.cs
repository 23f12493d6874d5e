using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Errors;
using Cluster.Protocol.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cluster.Protocol.AwsJson;

/// <summary>
/// <c>POST /</c> for every AWS JSON 1.1 service: picks the service and operation from <c>X-Amz-Target</c>,
/// authenticates admin operations, checks the body against the model, calls the handler, writes the reply.
/// </summary>
public sealed partial class AwsJsonDispatcher(
    IEnumerable<AwsJsonService> services,
    SigV4Authenticator authenticator,
    Throttling.PublicOperationThrottle throttle,
    IServiceProvider provider,
    ILogger<AwsJsonDispatcher> logger)
{
    /// <summary>Cognito's largest request (a full CreateUserPool) is far below this.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private const string ContentType = "application/x-amz-json-1.1";

    private readonly Dictionary<string, AwsJsonService> byPrefix = services.ToDictionary(s => s.Model.TargetPrefix, StringComparer.Ordinal);

    public async Task HandleAsync(HttpContext context)
    {
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var dot = target.LastIndexOf('.');
        if (dot <= 0 || !byPrefix.TryGetValue(target[..dot], out var service) ||
            !service.Model.Operations.TryGetValue(target[(dot + 1)..], out var operation) ||
            !service.Handlers.TryGetValue(operation.Name, out var handlerType))
        {
            await WriteErrorAsync(context, new IdentityError(ErrorCodes.UnknownOperation, $"Unknown operation {target}."));
            return;
        }

        using var activity = ProtocolTelemetry.ActivitySource.StartActivity(operation.Name, ActivityKind.Internal);
        activity?.SetTag("rpc.service", service.Model.TargetPrefix);
        activity?.SetTag("rpc.method", operation.Name);

        var body = await RequestBodyReader.ReadAsync(context.Request, MaxBodyBytes);
        if (body is null)
        {
            await WriteErrorAsync(context, IdentityError.InvalidParameter($"The request body is larger than {MaxBodyBytes} bytes."), operation.Name);
            return;
        }

        if (operation.RequiresSignature && authenticator.Authenticate(context.Request, body) is { } authError)
        {
            await WriteErrorAsync(context, authError, operation.Name);
            return;
        }

        JsonDocument document;
        try
        {
            document = body.Length == 0 ? JsonDocument.Parse("{}") : JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            await WriteErrorAsync(context, new IdentityError(ErrorCodes.Serialization, "The request body is not valid JSON."), operation.Name);
            return;
        }

        using (document)
        {
            var input = document.RootElement;
            var invalid = input.ValueKind != JsonValueKind.Object
                ? new IdentityError(ErrorCodes.Serialization, "The request body must be a JSON object.")
                : operation.InputShape is null ? null : service.Validator.Validate(operation.InputShape, input);
            // Unsigned operations are the ones anyone can call: they are the ones throttled per IP and per client.
            invalid ??= operation.RequiresSignature ? null : throttle.Check(context, input.Str("ClientId"));
            if (invalid is not null)
            {
                await WriteErrorAsync(context, invalid, operation.Name);
                return;
            }

            OperationResult result;
            try
            {
                var handler = (IOperationHandler)provider.GetRequiredService(handlerType);
                result = await handler.HandleAsync(new OperationRequest(operation.Name, input, context));
            }
            catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
            {
                LogUnexpected(logger, exception, operation.Name, Activity.Current?.TraceId.ToString());
                activity?.SetStatus(ActivityStatusCode.Error);
                await WriteErrorAsync(context, new IdentityError(ErrorCodes.InternalError, "Internal server error."), operation.Name, StatusCodes.Status500InternalServerError);
                return;
            }

            if (result.Error is { } error)
            {
                await WriteErrorAsync(context, error, operation.Name);
                return;
            }

            ProtocolTelemetry.Requests.Add(1, new("operation", operation.Name), new("outcome", "ok"));
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = ContentType;
            await JsonSerializer.SerializeAsync(context.Response.Body, result.Body ?? OperationResult.Empty.Body, result.Body?.GetType() ?? typeof(Dictionary<string, object>), AwsJsonSerializer.Options, context.RequestAborted);
        }
    }

    private static async Task WriteErrorAsync(HttpContext context, IdentityError error, string operation = "unknown", int status = StatusCodes.Status400BadRequest)
    {
        ProtocolTelemetry.Requests.Add(1, new("operation", operation), new("outcome", error.Code));
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        context.Response.Headers["x-amzn-ErrorType"] = error.Code;
        await JsonSerializer.SerializeAsync(context.Response.Body, new AwsJsonError(error.Code, error.Message), AwsJsonSerializer.Options);
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Operation {Operation} failed unexpectedly (trace {TraceId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string operation, string? traceId);
}
