namespace Cluster.Protocol.AwsQuery;

/// <summary>An operation's output shape and the element that wraps it (<c>CreateRoleResult</c>); both null for no output.</summary>
public sealed record QueryOperationOutput(string? Shape, string? ResultWrapper);
