using System.Globalization;
using System.Text.Json;
using System.Xml;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.AwsQuery;

/// <summary>
/// Writes a handler's result (as JSON) in the output shape's XML, walking the model so names, list wrappers
/// (<c>&lt;member&gt;</c>), map entries and timestamp formats are the model's. Members the shape lacks are dropped.
/// </summary>
public sealed class QueryXmlWriter(ServiceModel model)
{
    public void WriteMembers(XmlWriter writer, string shapeName, JsonElement value)
    {
        var shape = model.Shapes[shapeName];
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var (name, memberShape) in shape.Members)
        {
            if (value.TryGetProperty(name, out var member) && member.ValueKind != JsonValueKind.Null)
            {
                WriteValue(writer, name, model.Shapes[memberShape], member);
            }
        }
    }

    private void WriteValue(XmlWriter writer, string element, ShapeModel shape, JsonElement value)
    {
        writer.WriteStartElement(element);
        switch (shape.Type)
        {
            case "structure":
                WriteMembers(writer, shape.Name, value);
                break;
            case "list" when value.ValueKind == JsonValueKind.Array:
                foreach (var item in value.EnumerateArray().Where(i => i.ValueKind != JsonValueKind.Null))
                {
                    WriteValue(writer, "member", model.Shapes[shape.Member!], item);
                }

                break;
            case "map" when value.ValueKind == JsonValueKind.Object:
                foreach (var entry in value.EnumerateObject())
                {
                    writer.WriteStartElement("entry");
                    writer.WriteElementString("key", entry.Name);
                    WriteValue(writer, "value", model.Shapes[shape.Value!], entry.Value);
                    writer.WriteEndElement();
                }

                break;
            case "timestamp":
                writer.WriteString(Timestamp(value));
                break;
            default:
                writer.WriteString(Scalar(value));
                break;
        }

        writer.WriteEndElement();
    }

    // The Query protocol's timestamps are ISO 8601 in UTC, as IAM writes them: 2026-01-02T03:04:05Z.
    private static string Timestamp(JsonElement value)
    {
        var instant = value.ValueKind == JsonValueKind.Number
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(value.GetDouble() * 1000))
            : DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture);
        return instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
