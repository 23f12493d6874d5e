using Cluster.Protocol.AwsJson;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.AwsQuery;

/// <summary>
/// The one place each operation of a Query service is bound to its handler. Handlers are the same
/// <see cref="IOperationHandler"/>s as the JSON services': the dispatcher turns the form into the input shape's
/// JSON first, and the handler's result object into the output shape's XML afterwards.
/// </summary>
public sealed class QueryOperationTable(QueryServiceModel model, IServiceCollection services)
{
    private readonly Dictionary<string, Type> handlers = new(StringComparer.Ordinal);

    /// <summary>Binds <paramref name="operation"/>; a name the service model lacks fails at start, not at request time.</summary>
    public QueryOperationTable Map<THandler>(string operation)
        where THandler : class, IOperationHandler
    {
        if (!model.Shapes.Operations.ContainsKey(operation))
        {
            throw new InvalidOperationException($"{model.SigningName} has no operation {operation}.");
        }

        services.AddSingleton<THandler>();
        handlers.Add(operation, typeof(THandler));
        return this;
    }

    /// <summary>Registers the service with the Query dispatcher.</summary>
    public IServiceCollection Register()
    {
        var service = new QueryService(model, handlers);
        return services.AddSingleton(service);
    }
}
