using System.Net;
using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>One call's outcome: the reply when there was one, and a short description for logs.</summary>
public sealed record CallOutcome(CallKind Kind, AwsJsonReply? Reply, string Detail)
{
    /// <summary>True when no connection could be made at all: the host is not listening (stopped or killed).</summary>
    public bool Refused { get; init; }

    public string? ErrorType => Reply?.ErrorType;

    public static async Task<CallOutcome> OfAsync(Func<Task<AwsJsonReply>> call)
    {
        try
        {
            var reply = await call();
            return reply.Status switch
            {
                HttpStatusCode.OK => new CallOutcome(CallKind.Ok, reply, "200"),
                >= HttpStatusCode.InternalServerError => new CallOutcome(CallKind.Retryable, reply, $"{(int)reply.Status} {reply.ErrorType}"),
                _ => new CallOutcome(CallKind.Answer, reply, $"{(int)reply.Status} {reply.ErrorType}: {Message(reply)}"),
            };
        }
        catch (HttpRequestException exception)
        {
            var refused = exception.HttpRequestError == HttpRequestError.ConnectionError &&
                          exception.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused };
            return new CallOutcome(CallKind.Retryable, null, $"connection: {exception.HttpRequestError} {exception.Message}") { Refused = refused };
        }
        catch (TaskCanceledException)
        {
            return new CallOutcome(CallKind.Retryable, null, "timeout");
        }
    }

    private static string Message(AwsJsonReply reply) =>
        reply.Body.ValueKind == System.Text.Json.JsonValueKind.Object && reply.Body.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty;
}
