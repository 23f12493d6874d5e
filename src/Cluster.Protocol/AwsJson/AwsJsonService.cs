namespace Cluster.Protocol.AwsJson;

/// <summary>One AWS JSON service: its model, its input checks and the handler type of each implemented operation.</summary>
public sealed class AwsJsonService(ServiceModel model, IReadOnlyDictionary<string, Type> handlers)
{
    public ServiceModel Model { get; } = model;

    public ShapeValidator Validator { get; } = new(model);

    public IReadOnlyDictionary<string, Type> Handlers { get; } = handlers;
}
