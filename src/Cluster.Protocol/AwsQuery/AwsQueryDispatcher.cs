using System.Buffers;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;
using Cluster.Abstractions.Errors;
using Cluster.Domain.SigV4;
using Cluster.Protocol.Authentication;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.Throttling;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cluster.Protocol.AwsQuery;

/// <summary>
/// <c>POST /</c> with a form body, for every AWS Query service (IAM, STS): reads the form, picks the service by
/// the SigV4 credential scope (or, unsigned, by the action's name), authenticates the operations the model marks
/// as signed, turns the form into the input shape's JSON and checks it against the model, calls the handler and
/// writes the output shape as XML. Every failure is a typed Query error; nothing unexpected escapes as a bare 500.
/// </summary>
public sealed partial class AwsQueryDispatcher(
    IEnumerable<QueryService> services,
    SigV4Authenticator authenticator,
    PublicOperationThrottle throttle,
    IServiceProvider provider,
    ILogger<AwsQueryDispatcher> logger)
{
    /// <summary>The JSON dispatcher's limit: IAM's largest inputs (policies, SAML metadata) fit well within it.</summary>
    public const int MaxBodyBytes = AwsJsonDispatcher.MaxBodyBytes;

    public const string FormContentType = "application/x-www-form-urlencoded";

    private const string ContentType = "text/xml";

    private static readonly JsonSerializerOptions ResultJson = new()
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        OmitXmlDeclaration = true,
    };

    /// <summary>The input of operations whose model names no input shape.</summary>
    private static readonly JsonElement EmptyInput = JsonDocument.Parse("{}").RootElement.Clone();

    private readonly List<QueryService> all = [.. services];

    /// <summary>Whether a <c>POST /</c> is a Query request: a form body, as the Query SDKs send.</summary>
    public static bool Accepts(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) &&
        string.Equals(type.MediaType, FormContentType, StringComparison.OrdinalIgnoreCase);

    public async Task HandleAsync(HttpContext context)
    {
        var signedFor = SignedService(context.Request);
        var body = await RequestBodyReader.ReadAsync(context.Request, MaxBodyBytes);
        if (body is null)
        {
            await WriteErrorAsync(context, signedFor, new IdentityError(QueryErrorCodes.ValidationError, $"The request body is larger than {MaxBodyBytes} bytes."));
            return;
        }

        var parameters = QueryForm.Parse(body, out var problem);
        if (parameters is null)
        {
            await WriteErrorAsync(context, signedFor, new IdentityError(QueryErrorCodes.MalformedQueryString, problem!));
            return;
        }

        if (!parameters.TryGetValue("Action", out var action) || action.Length == 0)
        {
            await WriteErrorAsync(context, signedFor, new IdentityError(QueryErrorCodes.MissingAction, "The request must contain the parameter Action."));
            return;
        }

        var version = parameters.GetValueOrDefault("Version");
        var service = signedFor ?? all.FirstOrDefault(s => s.Handlers.ContainsKey(action));
        if (service is null || !service.Model.Shapes.Operations.TryGetValue(action, out var operation) || !service.Handlers.TryGetValue(action, out var handlerType))
        {
            await WriteErrorAsync(context, service, new IdentityError(QueryErrorCodes.InvalidAction, $"Could not find operation {action} for version {version ?? "NO_VERSION_SPECIFIED"}"));
            return;
        }

        using var activity = ProtocolTelemetry.ActivitySource.StartActivity(operation.Name, ActivityKind.Internal);
        activity?.SetTag("rpc.service", service.Model.SigningName);
        activity?.SetTag("rpc.method", operation.Name);

        var invalid = operation.RequiresSignature ? authenticator.Authenticate(context.Request, body) : null;
        invalid ??= version is null
            ? new IdentityError(QueryErrorCodes.MissingParameter, "The request must contain the parameter Version.")
            : version != service.Model.ApiVersion
                ? new IdentityError(QueryErrorCodes.InvalidAction, $"Could not find operation {action} for version {version}")
                : null;
        invalid ??= parameters.FirstOrDefault(p => !IsXmlText(p.Key) || !IsXmlText(p.Value)) is { Key: not null } bad
            ? new IdentityError(QueryErrorCodes.ValidationError, $"The parameter {Printable(bad.Key)} contains characters that are not allowed.")
            : null;
        if (invalid is not null)
        {
            await WriteErrorAsync(context, service, invalid, operation.Name);
            return;
        }

        var input = operation.InputShape is null ? EmptyInput : service.InputReader.Read(operation.InputShape, parameters);
        invalid = operation.InputShape is null ? null : service.Validator.Validate(operation.InputShape, input);
        // Unsigned operations are the ones anyone can call: they are the ones throttled per IP.
        invalid ??= operation.RequiresSignature ? null : throttle.Check(context, null);
        if (invalid is not null)
        {
            await WriteErrorAsync(context, service, invalid, operation.Name);
            return;
        }

        byte[] reply;
        try
        {
            var handler = (IOperationHandler)provider.GetRequiredService(handlerType);
            var result = await handler.HandleAsync(new OperationRequest(operation.Name, input, context));
            if (result.Error is { } error)
            {
                await WriteErrorAsync(context, service, error, operation.Name);
                return;
            }

            reply = Response(service, operation.Name, result.Body, RequestId(context));
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(logger, exception, operation.Name, Activity.Current?.TraceId.ToString());
            activity?.SetStatus(ActivityStatusCode.Error);
            await WriteErrorAsync(context, service, new IdentityError(QueryErrorCodes.InternalFailure, "Internal server error."), operation.Name);
            return;
        }

        ProtocolTelemetry.Requests.Add(1, new("operation", operation.Name), new("outcome", "ok"));
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = ContentType;
        await context.Response.Body.WriteAsync(reply, context.RequestAborted);
    }

    /// <summary>The service named by the request's SigV4 credential scope, if it is signed for a Query service.</summary>
    private QueryService? SignedService(HttpRequest request)
    {
        string? name = null;
        if (request.Headers.Authorization.Count == 1 && SigV4Authorization.TryParse(request.Headers.Authorization.ToString(), out var authorization))
        {
            name = authorization.Service;
        }
        else if (request.Query["X-Amz-Credential"].ToString().Split('/') is { Length: 5 } scope)
        {
            name = scope[3];
        }

        return name is null ? null : all.FirstOrDefault(s => s.Model.SigningName == name);
    }

    private static byte[] Response(QueryService service, string operation, object? body, string requestId)
    {
        var output = service.Model.Outputs[operation];
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlSettings))
        {
            xml.WriteStartElement($"{operation}Response", service.Model.XmlNamespace);
            if (output.Shape is not null)
            {
                xml.WriteStartElement(output.ResultWrapper ?? $"{operation}Result");
                if (body is not null)
                {
                    service.OutputWriter.WriteMembers(xml, output.Shape, JsonSerializer.SerializeToElement(body, body.GetType(), ResultJson));
                }

                xml.WriteEndElement();
            }

            xml.WriteStartElement("ResponseMetadata");
            xml.WriteElementString("RequestId", requestId);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static async Task WriteErrorAsync(HttpContext context, QueryService? service, IdentityError error, string operation = "unknown")
    {
        // Without a service (nothing named one), the error speaks IAM's namespace: it is the Query service most callers use.
        var shape = QueryErrorCodes.Resolve(error.Code, service?.Model);
        ProtocolTelemetry.Requests.Add(1, new("operation", operation), new("outcome", shape.Code));
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, XmlSettings))
        {
            xml.WriteStartElement("ErrorResponse", service?.Model.XmlNamespace ?? "https://iam.amazonaws.com/doc/2010-05-08/");
            xml.WriteStartElement("Error");
            xml.WriteElementString("Type", shape.Type);
            xml.WriteElementString("Code", shape.Code);
            xml.WriteElementString("Message", Printable(error.Message));
            xml.WriteEndElement();
            xml.WriteElementString("RequestId", RequestId(context));
            xml.WriteEndElement();
        }

        context.Response.StatusCode = shape.HttpStatus;
        context.Response.ContentType = ContentType;
        await context.Response.Body.WriteAsync(buffer.ToArray());
    }

    private static string RequestId(HttpContext context) =>
        context.Response.Headers[RequestIdMiddleware.Header].ToString() is { Length: > 0 } id ? id : Guid.NewGuid().ToString();

    private static bool IsXmlText(string text)
    {
        try
        {
            XmlConvert.VerifyXmlChars(text);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    // Messages may echo caller input; XML cannot carry every character, so those outside it are replaced.
    private static string Printable(string text) => IsXmlText(text) ? text : new string([.. text.Select(c => XmlConvert.IsXmlChar(c) ? c : '?')]);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Error, Message = "Query operation {Operation} failed unexpectedly (trace {TraceId})")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string operation, string? traceId);
}
