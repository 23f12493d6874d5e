using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Errors;

namespace Cluster.Protocol.AwsJson;

/// <summary>
/// Checks a request body against its input shape the way AWS does before any handler runs: a value of the
/// wrong JSON type is a <c>SerializationException</c>; broken constraints (required, length, range, pattern,
/// enum) are one <c>InvalidParameterException</c> listing every violation in AWS's wording.
/// </summary>
public sealed class ShapeValidator(ServiceModel model)
{
    private const int MaxReportedViolations = 10;

    public IdentityError? Validate(string inputShape, JsonElement input)
    {
        var violations = new List<string>();
        var typeError = Visit(model.Shapes[inputShape], input, path: null, violations);
        if (typeError is not null)
        {
            return typeError;
        }

        if (violations.Count == 0)
        {
            return null;
        }

        var shown = violations.Take(MaxReportedViolations);
        var noun = violations.Count == 1 ? "error" : "errors";
        return IdentityError.InvalidParameter($"{violations.Count} validation {noun} detected: {string.Join("; ", shown)}");
    }

    private IdentityError? Visit(ShapeModel shape, JsonElement value, string? path, List<string> violations)
    {
        if (shape.IsDocument)
        {
            return null;
        }

        switch (shape.Type)
        {
            case "structure":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    return Mismatch(value, "a structure", path);
                }

                foreach (var name in shape.Required)
                {
                    if (!value.TryGetProperty(name, out var present) || present.ValueKind == JsonValueKind.Null)
                    {
                        violations.Add($"Value null at '{Join(path, name)}' failed to satisfy constraint: Member must not be null");
                    }
                }

                foreach (var property in value.EnumerateObject())
                {
                    // Unknown members are ignored, as AWS does, so newer SDKs can send fields this model lacks.
                    if (property.Value.ValueKind == JsonValueKind.Null || !shape.Members.TryGetValue(property.Name, out var memberShape))
                    {
                        continue;
                    }

                    var error = Visit(model.Shapes[memberShape], property.Value, Join(path, property.Name), violations);
                    if (error is not null)
                    {
                        return error;
                    }
                }

                return null;

            case "list":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    return Mismatch(value, "a list", path);
                }

                CheckLength(shape, value.GetArrayLength(), path, violations);
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    index++;
                    if (item.ValueKind == JsonValueKind.Null)
                    {
                        continue;
                    }

                    var error = Visit(model.Shapes[shape.Member!], item, $"{path}.{index}.member", violations);
                    if (error is not null)
                    {
                        return error;
                    }
                }

                return null;

            case "map":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    return Mismatch(value, "a map", path);
                }

                var count = 0;
                foreach (var entry in value.EnumerateObject())
                {
                    count++;
                    CheckString(model.Shapes[shape.Key!], entry.Name, $"{path}.key", violations);
                    if (entry.Value.ValueKind == JsonValueKind.Null)
                    {
                        continue;
                    }

                    var error = Visit(model.Shapes[shape.Value!], entry.Value, $"{path}.{entry.Name}", violations);
                    if (error is not null)
                    {
                        return error;
                    }
                }

                CheckLength(shape, count, path, violations);
                return null;

            case "string":
                if (value.ValueKind != JsonValueKind.String)
                {
                    return Mismatch(value, "a String", path);
                }

                CheckString(shape, value.GetString()!, path, violations);
                return null;

            case "boolean":
                return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : Mismatch(value, "a Boolean", path);

            case "integer":
            case "long":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) ||
                    (shape.Type == "integer" && number is < int.MinValue or > int.MaxValue))
                {
                    return Mismatch(value, shape.Type == "integer" ? "an Integer" : "a Long", path);
                }

                if (shape.Min is { } min && number < min)
                {
                    violations.Add($"Value '{number}' at '{path}' failed to satisfy constraint: Member must have value greater than or equal to {min}");
                }

                if (shape.Max is { } max && number > max)
                {
                    violations.Add($"Value '{number}' at '{path}' failed to satisfy constraint: Member must have value less than or equal to {max}");
                }

                return null;

            case "double":
            case "float":
                return value.ValueKind == JsonValueKind.Number ? null : Mismatch(value, "a Double", path);

            case "timestamp":
                return value.ValueKind == JsonValueKind.Number ||
                    (value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, out _))
                    ? null
                    : Mismatch(value, "a Timestamp", path);

            case "blob":
                if (value.ValueKind != JsonValueKind.String || !value.TryGetBytesFromBase64(out var bytes))
                {
                    return Mismatch(value, "a Blob", path);
                }

                CheckLength(shape, bytes.Length, path, violations);
                return null;

            default:
                return null;
        }
    }

    private static void CheckString(ShapeModel shape, string text, string? path, List<string> violations)
    {
        var shown = shape.Sensitive ? string.Empty : $" '{text}'";
        if (shape.Min is { } min && text.Length < min)
        {
            violations.Add($"Value{shown} at '{path}' failed to satisfy constraint: Member must have length greater than or equal to {min}");
        }

        if (shape.Max is { } max && text.Length > max)
        {
            // An over-long value is not echoed back: it may be large, and the caller already has it.
            violations.Add($"Value at '{path}' failed to satisfy constraint: Member must have length less than or equal to {max}");
            return;
        }

        if (shape.Enum is { } allowed && !allowed.Contains(text))
        {
            violations.Add($"Value{shown} at '{path}' failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", allowed)}]");
        }

        if (shape.PatternRegex is { } regex && !Matches(regex, text))
        {
            violations.Add($"Value{shown} at '{path}' failed to satisfy constraint: Member must satisfy regular expression pattern: {shape.Pattern}");
        }
    }

    private static bool Matches(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static void CheckLength(ShapeModel shape, int length, string? path, List<string> violations)
    {
        if (shape.Min is { } min && length < min)
        {
            violations.Add($"Value at '{path}' failed to satisfy constraint: Member must have length greater than or equal to {min}");
        }

        if (shape.Max is { } max && length > max)
        {
            violations.Add($"Value at '{path}' failed to satisfy constraint: Member must have length less than or equal to {max}");
        }
    }

    private static IdentityError Mismatch(JsonElement value, string expected, string? path)
    {
        var kind = value.ValueKind switch
        {
            JsonValueKind.Object => "START_OBJECT",
            JsonValueKind.Array => "START_ARRAY",
            JsonValueKind.String => "STRING_VALUE",
            JsonValueKind.Number => "NUMBER_VALUE",
            JsonValueKind.True or JsonValueKind.False => "BOOLEAN_VALUE",
            _ => "VALUE",
        };
        var where = path is null ? "the request body" : $"'{path}'";
        return new IdentityError(ErrorCodes.Serialization, $"{kind} can not be converted to {expected} at {where}");
    }

    // AWS names members in validation messages with a lower-case first letter: 'poolName', 'policies.passwordPolicy'.
    private static string Join(string? path, string member)
    {
        var camel = char.ToLowerInvariant(member[0]) + member[1..];
        return path is null ? camel : $"{path}.{camel}";
    }
}
