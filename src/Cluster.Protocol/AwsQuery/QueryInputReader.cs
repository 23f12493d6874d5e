using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.AwsQuery;

/// <summary>
/// Turns flat Query parameters into the input shape's JSON, so the model's checks and the handlers work as for
/// the JSON services: <c>Tags.member.1.Key</c> becomes <c>{"Tags":[{"Key":…}]}</c>, <c>Attrs.entry.1.key/value</c> a
/// map, numbers and booleans their JSON types. A value that is not of its type stays a string, for the shape check
/// to report. Parameters the shape does not name are ignored, as AWS does.
/// </summary>
public sealed class QueryInputReader(ServiceModel model)
{
    public JsonElement Read(string inputShape, IReadOnlyDictionary<string, string> parameters)
    {
        // Every dotted prefix of every key, so a list or structure knows whether anything lies beneath it.
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in parameters.Keys)
        {
            for (var dot = key.IndexOf('.', StringComparison.Ordinal); dot > 0; dot = key.IndexOf('.', dot + 1))
            {
                prefixes.Add(key[..dot]);
            }

            prefixes.Add(key);
        }

        var root = ReadStructure(model.Shapes[inputShape], path: null, parameters, prefixes) ?? new JsonObject();
        return JsonSerializer.SerializeToElement(root);
    }

    private JsonNode? ReadValue(ShapeModel shape, string path, IReadOnlyDictionary<string, string> parameters, HashSet<string> prefixes)
    {
        if (!prefixes.Contains(path))
        {
            return null;
        }

        switch (shape.Type)
        {
            case "structure":
                return ReadStructure(shape, path, parameters, prefixes);
            case "list":
                return ReadList(shape, path, parameters, prefixes);
            case "map":
                return ReadMap(shape, path, parameters, prefixes);
        }

        if (!parameters.TryGetValue(path, out var text))
        {
            return null;
        }

        return shape.Type switch
        {
            "integer" or "long" when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            "double" or "float" when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) => JsonValue.Create(real),
            "boolean" when bool.TryParse(text, out var flag) => JsonValue.Create(flag),
            _ => JsonValue.Create(text),
        };
    }

    private JsonObject? ReadStructure(ShapeModel shape, string? path, IReadOnlyDictionary<string, string> parameters, HashSet<string> prefixes)
    {
        var result = new JsonObject();
        foreach (var (name, memberShape) in shape.Members)
        {
            var value = ReadValue(model.Shapes[memberShape], path is null ? name : $"{path}.{name}", parameters, prefixes);
            if (value is not null)
            {
                result[name] = value;
            }
        }

        return result.Count > 0 || path is null ? result : null;
    }

    private JsonArray? ReadList(ShapeModel shape, string path, IReadOnlyDictionary<string, string> parameters, HashSet<string> prefixes)
    {
        var items = new JsonArray();
        // Indexes run from 1 without gaps; there cannot be more items than parameters.
        for (var index = 1; index <= parameters.Count; index++)
        {
            var itemPath = $"{path}.member.{index.ToString(CultureInfo.InvariantCulture)}";
            if (!prefixes.Contains(itemPath))
            {
                break;
            }

            items.Add(ReadValue(model.Shapes[shape.Member!], itemPath, parameters, prefixes));
        }

        // An empty list is sent as the bare name with an empty value (Tags=).
        return items.Count > 0 || (parameters.TryGetValue(path, out var bare) && bare.Length == 0) ? items : null;
    }

    private JsonObject? ReadMap(ShapeModel shape, string path, IReadOnlyDictionary<string, string> parameters, HashSet<string> prefixes)
    {
        var entries = new JsonObject();
        for (var index = 1; index <= parameters.Count; index++)
        {
            var entryPath = $"{path}.entry.{index.ToString(CultureInfo.InvariantCulture)}";
            if (!parameters.TryGetValue($"{entryPath}.key", out var key))
            {
                break;
            }

            entries[key] = ReadValue(model.Shapes[shape.Value!], $"{entryPath}.value", parameters, prefixes);
        }

        return entries.Count > 0 || (parameters.TryGetValue(path, out var bare) && bare.Length == 0) ? entries : null;
    }
}
