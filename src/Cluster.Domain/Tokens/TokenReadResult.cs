using System.Text.Json.Nodes;

namespace Cluster.Domain.Tokens;

/// <summary>
/// The outcome of checking a JWT's signature: the payload when it is authentic, else a short reason for logs
/// (never shown to callers, who get Cognito's own message). Claims such as <c>exp</c> are the caller's to check.
/// </summary>
public sealed record TokenReadResult(bool IsValid, JsonObject? Payload, string? Failure)
{
    public static TokenReadResult Valid(JsonObject payload) => new(true, payload, null);

    public static TokenReadResult Invalid(string failure) => new(false, null, failure);
}
