using System.Text.Json;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.AwsQuery;

/// <summary>
/// A Query-protocol service model (botocore's service-2.json embedded as <c>ServiceModels.{name}.json</c>): the
/// shared <see cref="ServiceModel"/> (operations, shapes, which need a signature) plus what the Query protocol
/// adds: the API version, the XML namespace, the signing name, each operation's result wrapper and each error's status.
/// </summary>
public sealed class QueryServiceModel
{
    private QueryServiceModel(
        ServiceModel shapes,
        string apiVersion,
        string xmlNamespace,
        string signingName,
        IReadOnlyDictionary<string, QueryOperationOutput> outputs,
        IReadOnlyDictionary<string, QueryErrorShape> errors)
    {
        Shapes = shapes;
        ApiVersion = apiVersion;
        XmlNamespace = xmlNamespace;
        SigningName = signingName;
        Outputs = outputs;
        Errors = errors;
    }

    public ServiceModel Shapes { get; }

    /// <summary>The <c>Version</c> every request names, e.g. <c>2010-05-08</c>.</summary>
    public string ApiVersion { get; }

    public string XmlNamespace { get; }

    /// <summary>The service in a SigV4 credential scope, e.g. <c>iam</c>.</summary>
    public string SigningName { get; }

    public IReadOnlyDictionary<string, QueryOperationOutput> Outputs { get; }

    /// <summary>The model's error shapes by wire code (<c>NoSuchEntity</c>).</summary>
    public IReadOnlyDictionary<string, QueryErrorShape> Errors { get; }

    public static QueryServiceModel Load(string name)
    {
        using var stream = typeof(QueryServiceModel).Assembly.GetManifestResourceStream($"ServiceModels.{name}.json")
            ?? throw new InvalidOperationException($"Service model {name} is not embedded.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var metadata = root.GetProperty("metadata");
        var outputs = new Dictionary<string, QueryOperationOutput>(StringComparer.Ordinal);
        foreach (var operation in root.GetProperty("operations").EnumerateObject())
        {
            outputs[operation.Name] = operation.Value.TryGetProperty("output", out var output)
                ? new QueryOperationOutput(
                    output.GetProperty("shape").GetString(),
                    output.TryGetProperty("resultWrapper", out var wrapper) ? wrapper.GetString() : null)
                : new QueryOperationOutput(null, null);
        }

        var errors = new Dictionary<string, QueryErrorShape>(StringComparer.Ordinal);
        foreach (var shape in root.GetProperty("shapes").EnumerateObject())
        {
            if (!shape.Value.TryGetProperty("exception", out var exception) || !exception.GetBoolean())
            {
                continue;
            }

            var error = shape.Value.TryGetProperty("error", out var e) ? e : default;
            var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? c.GetString()! : shape.Name;
            var status = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("httpStatusCode", out var s) ? s.GetInt32() : 400;
            var sender = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("senderFault", out var f) && f.GetBoolean();
            errors[code] = new QueryErrorShape(code, status, sender || status < 500);
        }

        var signingName = metadata.TryGetProperty("signingName", out var signing) ? signing.GetString()! : metadata.GetProperty("endpointPrefix").GetString()!;
        return new QueryServiceModel(
            ServiceModel.Parse(root),
            metadata.GetProperty("apiVersion").GetString()!,
            metadata.GetProperty("xmlNamespace").GetString()!,
            signingName,
            outputs,
            errors);
    }
}
