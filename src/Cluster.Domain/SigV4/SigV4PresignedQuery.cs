using System.Globalization;

namespace Cluster.Domain.SigV4;

/// <summary>The X-Amz-* parameters of a presigned (query-string) request.</summary>
internal sealed record SigV4PresignedQuery(SigV4Authorization Authorization, string AmzDate, TimeSpan Expires)
{
    /// <summary>AWS caps a presigned request's lifetime at seven days.</summary>
    public static readonly TimeSpan MaxExpires = TimeSpan.FromDays(7);

    private static readonly string[] RequiredParameters =
        ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", SigV4Signer.SignatureQueryParameter];

    /// <summary>True when the query carries any presigning parameter, so the request means to be presigned.</summary>
    public static bool IsPresigned(IReadOnlyDictionary<string, string> decodedQuery) =>
        decodedQuery.ContainsKey("X-Amz-Algorithm") || decodedQuery.ContainsKey("X-Amz-Credential")
            || decodedQuery.ContainsKey(SigV4Signer.SignatureQueryParameter);

    public static SigV4PresignedQuery? Parse(IReadOnlyDictionary<string, string> decodedQuery, out string problem)
    {
        var missing = RequiredParameters.Where(name => !decodedQuery.TryGetValue(name, out var value) || value.Length == 0).ToList();
        if (missing.Count > 0)
        {
            problem = string.Join(' ', missing.Select(name => $"AWS query-string parameters must include '{name}'.")) +
                " Re-examine the query-string parameters.";
            return null;
        }

        if (!string.Equals(decodedQuery["X-Amz-Algorithm"], SigV4Signer.Algorithm, StringComparison.Ordinal))
        {
            problem = $"X-Amz-Algorithm only supports '{SigV4Signer.Algorithm}'.";
            return null;
        }

        if (!long.TryParse(decodedQuery["X-Amz-Expires"], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds <= 0 || seconds > (long)MaxExpires.TotalSeconds)
        {
            problem = $"X-Amz-Expires must be a whole number of seconds from 1 to {(long)MaxExpires.TotalSeconds}.";
            return null;
        }

        var authorization = SigV4Authorization.FromParts(
            decodedQuery["X-Amz-Credential"], decodedQuery["X-Amz-SignedHeaders"], decodedQuery[SigV4Signer.SignatureQueryParameter], out problem);
        return authorization is null ? null : new SigV4PresignedQuery(authorization, decodedQuery["X-Amz-Date"], TimeSpan.FromSeconds(seconds));
    }
}
