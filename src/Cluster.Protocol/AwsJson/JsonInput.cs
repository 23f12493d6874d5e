using System.Text.Json;

namespace Cluster.Protocol.AwsJson;

/// <summary>Reads members of an input already checked against its shape: absent or null members read as null.</summary>
public static class JsonInput
{
    public static string? Str(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string Required(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static bool? Bool(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    public static int? Number(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    public static JsonElement? Obj(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    /// <summary>A nested object, e.g. <c>Policies.PasswordPolicy</c>; null when any step is absent or not an object.</summary>
    public static JsonElement? Obj(this JsonElement e, string name, params string[] path)
    {
        var current = e.Obj(name);
        foreach (var step in path)
        {
            current = current?.Obj(step);
        }

        return current;
    }

    /// <summary>A list of strings; null items (which the shape check lets through) are left out.</summary>
    public static List<string>? Strings(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : null;

    public static Dictionary<string, string> Map(this JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object
            ? v.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
