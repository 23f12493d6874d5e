using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.AwsJson;

/// <summary>The one place each operation of a service is bound to its handler.</summary>
public sealed class OperationTable(ServiceModel model, IServiceCollection services)
{
    private readonly Dictionary<string, Type> handlers = new(StringComparer.Ordinal);

    /// <summary>Binds <paramref name="operation"/>; a name the service model lacks fails at start, not at request time.</summary>
    public OperationTable Map<THandler>(string operation)
        where THandler : class, IOperationHandler
    {
        if (!model.Operations.ContainsKey(operation))
        {
            throw new InvalidOperationException($"{model.TargetPrefix} has no operation {operation}.");
        }

        services.AddSingleton<THandler>();
        handlers.Add(operation, typeof(THandler));
        return this;
    }

    public AwsJsonService Build() => new(model, handlers);
}
