using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.AwsQuery;

/// <summary>One Query-protocol service (IAM, STS): its model, its input checks and the handler type of each implemented operation.</summary>
public sealed class QueryService(QueryServiceModel model, IReadOnlyDictionary<string, Type> handlers)
{
    public QueryServiceModel Model { get; } = model;

    public ShapeValidator Validator { get; } = new(model.Shapes);

    public QueryInputReader InputReader { get; } = new(model.Shapes);

    public QueryXmlWriter OutputWriter { get; } = new(model.Shapes);

    public IReadOnlyDictionary<string, Type> Handlers { get; } = handlers;
}
