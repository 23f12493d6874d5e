using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cluster.Protocol.AwsJson;

/// <summary>AWS JSON timestamps: seconds since the epoch, with milliseconds as a fraction.</summary>
public sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(reader.GetDouble() * 1000))
            : DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(ToEpochSeconds(value));

    /// <summary>The wire form of a timestamp, for writers that build JSON nodes.</summary>
    public static double ToEpochSeconds(DateTimeOffset value) => Math.Round(value.ToUnixTimeMilliseconds() / 1000.0, 3);
}
