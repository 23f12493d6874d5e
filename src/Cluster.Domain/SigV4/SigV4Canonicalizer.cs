using System.Text;

namespace Cluster.Domain.SigV4;

/// <summary>The canonical forms of path, query and headers, by the rules for services other than S3.</summary>
internal static class SigV4Canonicalizer
{
    /// <summary>Removes dot segments and empty segments, then encodes each segment (once more, for an encoded path).</summary>
    public static string Path(string rawPath)
    {
        var parts = rawPath.Split('/');
        var segments = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            switch (part)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count > 0)
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }

                    break;
                default:
                    segments.Add(SigV4UriEncoding.Encode(part));
                    break;
            }
        }

        if (segments.Count == 0)
        {
            return "/";
        }

        // RFC 3986 keeps the directory form when the path ends in '/', '.' or '..'.
        var trailingSlash = parts[^1] is "" or "." or "..";
        return "/" + string.Join('/', segments) + (trailingSlash ? "/" : string.Empty);
    }

    /// <summary>Splits a raw query into raw (still encoded) name and value pairs; a name without '=' has an empty value.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> SplitQuery(string rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var piece in rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = piece.IndexOf('=', StringComparison.Ordinal);
            pairs.Add(equals < 0
                ? new(piece, string.Empty)
                : new(piece[..equals], piece[(equals + 1)..]));
        }

        return pairs;
    }

    /// <summary>Re-encodes every name and value canonically, then sorts by name and value.</summary>
    /// <param name="excludedName">A decoded parameter name left out, as X-Amz-Signature is for presigned requests.</param>
    public static string Query(string rawQuery, string? excludedName)
    {
        var encoded = new List<(string Name, string Value)>();
        foreach (var (rawName, rawValue) in SplitQuery(rawQuery))
        {
            var name = SigV4UriEncoding.PercentDecode(rawName);
            if (excludedName is not null && Encoding.UTF8.GetString(name) == excludedName)
            {
                continue;
            }

            encoded.Add((SigV4UriEncoding.Encode(name), SigV4UriEncoding.Encode(SigV4UriEncoding.PercentDecode(rawValue))));
        }

        encoded.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
        });
        return string.Join('&', encoded.Select(p => p.Name + "=" + p.Value));
    }

    /// <summary>Lowercase, distinct and in ordinal order: the form the SignedHeaders list must take.</summary>
    public static IReadOnlyList<string> SignedHeaderNames(IReadOnlyList<string> signedHeaders) =>
        signedHeaders
            .Select(name => name.Trim().ToLowerInvariant())
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>One "name:value\n" line per signed header; repeated headers are joined with ',' in arrival order.</summary>
    public static string Headers(IReadOnlyList<KeyValuePair<string, string>> headers, IReadOnlyList<string> signedHeaderNames)
    {
        var builder = new StringBuilder();
        foreach (var name in signedHeaderNames)
        {
            var values = headers
                .Where(h => string.Equals(h.Key.Trim(), name, StringComparison.OrdinalIgnoreCase))
                .Select(h => CollapseWhitespace(h.Value));
            builder.Append(name).Append(':').AppendJoin(',', values).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Trims the value and turns each whitespace run, folded line breaks included, into one space.</summary>
    public static string CollapseWhitespace(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
