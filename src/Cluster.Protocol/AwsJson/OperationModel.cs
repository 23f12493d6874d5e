namespace Cluster.Protocol.AwsJson;

/// <summary>One operation of a service model.</summary>
public sealed record OperationModel(string Name, string? InputShape, bool RequiresSignature);
