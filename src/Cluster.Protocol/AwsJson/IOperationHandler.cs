namespace Cluster.Protocol.AwsJson;

/// <summary>Handles one operation: the input is already authenticated and checked against its shape.</summary>
public interface IOperationHandler
{
    Task<OperationResult> HandleAsync(OperationRequest request);
}
