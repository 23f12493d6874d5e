using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cluster.Domain.Tokens;

/// <summary>Typed reads of JWT claims that tolerate absent or mistyped members by returning null.</summary>
public static class TokenClaims
{
    /// <summary>An integral number claim (such as <c>exp</c>, <c>iat</c>, <c>auth_time</c>), or null.</summary>
    public static long? ReadLong(JsonObject payload, string name)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload[name] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        // Parsed tokens hold JsonElements; payloads built in code may hold int, long or double.
        if (value.TryGetValue<long>(out var l))
        {
            return l;
        }

        if (value.TryGetValue<int>(out var i))
        {
            return i;
        }

        return value.TryGetValue<double>(out var d) && Math.Floor(d) == d && d is >= long.MinValue and < long.MaxValue ? (long)d : null;
    }

    /// <summary>A string claim, or null.</summary>
    public static string? ReadString(JsonObject payload, string name)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }

    /// <summary>
    /// True once <paramref name="now"/> reaches <c>exp</c> (RFC 7519: valid only before it), and also when <c>exp</c> is
    /// missing or not a number, since a token without an end must not live forever.
    /// </summary>
    public static bool IsExpired(JsonObject payload, DateTimeOffset now)
    {
        var exp = ReadLong(payload, "exp");
        return exp is null || now.ToUnixTimeSeconds() >= exp.Value;
    }
}
