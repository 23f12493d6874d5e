using Cluster.Abstractions.Errors;

namespace Cluster.Protocol.AwsJson;

/// <summary>A handler's answer: a response body (serialised as given) or a typed error.</summary>
public readonly record struct OperationResult(object? Body, IdentityError? Error)
{
    /// <summary>The empty success body <c>{}</c> of operations without an output shape.</summary>
    public static OperationResult Empty { get; } = new(new Dictionary<string, object>(), null);

    public static OperationResult Ok(object body) => new(body, null);

    public static implicit operator OperationResult(IdentityError error) => new(null, error);
}
