using System.Text.Json;
using Cluster.Abstractions.Iam;

namespace Cluster.Protocol.Iam.Wire;

/// <summary>Reading IAM inputs and writing IAM's wire forms.</summary>
public static class IamWire
{
    /// <summary>
    /// IAM returns policy documents URL-encoded (RFC 3986), and SDKs hand them over that way: callers
    /// <c>decodeURIComponent</c> them. Matching that keeps tooling written against AWS working.
    /// </summary>
    public static string EncodePolicy(string document) => Uri.EscapeDataString(document);

    /// <summary>The <c>Tags</c> list of an input already checked against its shape (Key and Value required).</summary>
    public static List<IamTag> Tags(JsonElement input, string name = "Tags") =>
        input.TryGetProperty(name, out var tags) && tags.ValueKind == JsonValueKind.Array
            ? [.. tags.EnumerateArray()
                .Where(t => t.ValueKind == JsonValueKind.Object)
                .Select(t => new IamTag(t.GetProperty("Key").GetString()!, t.GetProperty("Value").GetString()!))]
            : [];

    /// <summary>Tags as the output shapes carry them; absent when there are none, as IAM omits them.</summary>
    public static object[]? WriteTags(IReadOnlyList<IamTag> tags) =>
        tags.Count == 0 ? null : [.. tags.Select(t => new { t.Key, t.Value })];

    public static object WriteRole(RoleView role, bool withTags = true) => new
    {
        role.Path,
        RoleName = role.Name,
        role.RoleId,
        role.Arn,
        role.CreateDate,
        AssumeRolePolicyDocument = EncodePolicy(role.AssumeRolePolicyDocument),
        role.Description,
        MaxSessionDuration = role.MaxSessionDurationSeconds,
        Tags = withTags ? WriteTags(role.Tags) : null,
    };
}
