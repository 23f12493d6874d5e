using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cluster.Protocol.AwsJson;

/// <summary>
/// An AWS service model (botocore's service-2.json) loaded from this assembly's resources: the single
/// source of operation names, input shapes, constraints and which operations need a SigV4 signature.
/// </summary>
public sealed class ServiceModel
{
    private ServiceModel(string targetPrefix, IReadOnlyDictionary<string, OperationModel> operations, IReadOnlyDictionary<string, ShapeModel> shapes)
    {
        TargetPrefix = targetPrefix;
        Operations = operations;
        Shapes = shapes;
    }

    public string TargetPrefix { get; }

    public IReadOnlyDictionary<string, OperationModel> Operations { get; }

    public IReadOnlyDictionary<string, ShapeModel> Shapes { get; }

    /// <summary>Loads <c>ServiceModels.{name}.json</c>, e.g. <c>cognito-idp</c>.</summary>
    public static ServiceModel Load(string name)
    {
        using var stream = typeof(ServiceModel).Assembly.GetManifestResourceStream($"ServiceModels.{name}.json")
            ?? throw new InvalidOperationException($"Service model {name} is not embedded.");
        using var document = JsonDocument.Parse(stream);
        return Parse(document.RootElement);
    }

    public static ServiceModel Parse(JsonElement root)
    {
        var targetPrefix = root.GetProperty("metadata").TryGetProperty("targetPrefix", out var prefix) ? prefix.GetString()! : string.Empty;
        var operations = new Dictionary<string, OperationModel>(StringComparer.Ordinal);
        foreach (var op in root.GetProperty("operations").EnumerateObject())
        {
            var input = op.Value.TryGetProperty("input", out var i) ? i.GetProperty("shape").GetString() : null;
            operations[op.Name] = new OperationModel(op.Name, input, !IsUnsigned(op.Value));
        }

        var shapes = new Dictionary<string, ShapeModel>(StringComparer.Ordinal);
        foreach (var shape in root.GetProperty("shapes").EnumerateObject())
        {
            shapes[shape.Name] = ParseShape(shape.Name, shape.Value);
        }

        return new ServiceModel(targetPrefix, operations, shapes);
    }

    private static bool IsUnsigned(JsonElement operation)
    {
        if (operation.TryGetProperty("authtype", out var authType) && authType.GetString() == "none")
        {
            return true;
        }

        return operation.TryGetProperty("auth", out var auth) &&
            auth.EnumerateArray().All(a => a.GetString() == "smithy.api#noAuth");
    }

    private static ShapeModel ParseShape(string name, JsonElement s)
    {
        string? Str(string p) => s.TryGetProperty(p, out var v) ? v.GetString() : null;
        long? Num(string p) => s.TryGetProperty(p, out var v) && v.TryGetInt64(out var n) ? n : null;
        string? Ref(string p) => s.TryGetProperty(p, out var v) ? v.GetProperty("shape").GetString() : null;

        var pattern = Str("pattern");
        return new ShapeModel
        {
            Name = name,
            Type = Str("type")!,
            Members = s.TryGetProperty("members", out var members)
                ? members.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.GetProperty("shape").GetString()!, StringComparer.Ordinal)
                : new Dictionary<string, string>(),
            Required = s.TryGetProperty("required", out var required)
                ? required.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>(),
            Min = Num("min"),
            Max = Num("max"),
            Pattern = pattern,
            PatternRegex = pattern is null ? null : Compile(pattern),
            Enum = s.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal) : null,
            Member = Ref("member"),
            Key = Ref("key"),
            Value = Ref("value"),
            Sensitive = s.TryGetProperty("sensitive", out var sensitive) && sensitive.GetBoolean(),
            IsDocument = s.TryGetProperty("document", out var document) && document.GetBoolean(),
        };
    }

    // The models' patterns are Java regular expressions; the few .NET cannot read are skipped, not guessed at.
    // Non-backtracking matching is linear in the input, so no wall-clock timeout is needed: a timeout would turn a
    // thread descheduled on a busy machine into a false "does not match". Patterns that need backtracking
    // constructs keep a generous timeout.
    private static Regex? Compile(string pattern)
    {
        var anchored = $"^(?:{pattern})\\z";
        try
        {
            return new Regex(anchored, RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return TryBacktracking(anchored);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Regex? TryBacktracking(string anchored)
    {
        try
        {
            return new Regex(anchored, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
