using System.Text.RegularExpressions;

namespace Cluster.Protocol.AwsJson;

/// <summary>One shape of an AWS service model: its type and the constraints the wire input must meet.</summary>
public sealed class ShapeModel
{
    public required string Name { get; init; }

    /// <summary>structure, string, integer, long, boolean, list, map, blob, timestamp, double, float.</summary>
    public required string Type { get; init; }

    public IReadOnlyDictionary<string, string> Members { get; init; } = new Dictionary<string, string>();

    public IReadOnlySet<string> Required { get; init; } = new HashSet<string>();

    public long? Min { get; init; }

    public long? Max { get; init; }

    public string? Pattern { get; init; }

    /// <summary>The pattern anchored to the whole value, as AWS applies it; null when .NET cannot compile it.</summary>
    public Regex? PatternRegex { get; init; }

    public IReadOnlySet<string>? Enum { get; init; }

    /// <summary>Element shape of a list.</summary>
    public string? Member { get; init; }

    /// <summary>Key and value shapes of a map.</summary>
    public string? Key { get; init; }

    public string? Value { get; init; }

    /// <summary>Values of sensitive shapes (passwords, tokens) are never echoed in error messages.</summary>
    public bool Sensitive { get; init; }

    /// <summary>A free-form JSON document: any value is accepted.</summary>
    public bool IsDocument { get; init; }
}
