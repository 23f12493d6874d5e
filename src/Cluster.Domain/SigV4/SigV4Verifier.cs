using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cluster.Domain.SigV4;

/// <summary>
/// Checks a request signed with AWS4-HMAC-SHA256, either in the Authorization header or presigned in the query:
/// parse the claim, check its shape and clock, look up the secret, recompute, compare in fixed time.
/// </summary>
public sealed class SigV4Verifier
{
    private const string AmzDateHeader = "x-amz-date";

    /// <param name="secretLookup">The secret for an access key id, or null when the key is unknown.</param>
    /// <param name="maxClockSkew">How far the signing time may stray from <paramref name="now"/> (AWS allows 5 minutes).</param>
    public SigV4Verification Verify(SigV4Request request, Func<string, string?> secretLookup, DateTimeOffset now, TimeSpan maxClockSkew)
    {
        var claim = ReadClaim(request, out var failure);
        if (claim is null)
        {
            return failure!;
        }

        var authorization = claim.Authorization;
        if (!authorization.SignedHeaders.Any(IsHostHeader))
        {
            return SigV4Verification.IncompleteSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }

        if (!string.Equals(authorization.Date, claim.AmzDate[..8], StringComparison.Ordinal))
        {
            return SigV4Verification.InvalidSignature(
                $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{authorization.Date}' != '{claim.AmzDate[..8]}', from '{claim.AmzDate}'.");
        }

        var clock = CheckClock(claim, now, maxClockSkew);
        if (clock is not null)
        {
            return clock;
        }

        var secret = secretLookup(authorization.AccessKeyId);
        if (secret is null)
        {
            return SigV4Verification.UnrecognizedClient();
        }

        var canonicalRequest = SigV4Signer.CanonicalRequest(request, authorization.SignedHeaders, claim.ExcludedQueryParameter);
        var stringToSign = SigV4Signer.StringToSign(claim.AmzDate, authorization.Scope, canonicalRequest);
        var expected = SigV4Signer.Signature(
            SigV4Signer.SigningKey(secret, authorization.Date, authorization.Region, authorization.Service), stringToSign);

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(authorization.Signature))
            ? SigV4Verification.Success(authorization.AccessKeyId)
            : SigV4Verification.SignatureMismatch();
    }

    /// <summary>What the caller claims, whichever way it was sent, with the signing time.</summary>
    private sealed record Claim(SigV4Authorization Authorization, string AmzDate, DateTimeOffset SignedAt, TimeSpan? Expires, string? ExcludedQueryParameter);

    private static Claim? ReadClaim(SigV4Request request, out SigV4Verification? failure)
    {
        var authorizationHeaders = HeaderValues(request, "authorization").ToList();
        var query = DecodeQuery(request.QueryString, out var repeated);
        var presigned = SigV4PresignedQuery.IsPresigned(query);

        if (authorizationHeaders.Count == 0 && !presigned)
        {
            failure = SigV4Verification.MissingAuthenticationToken();
            return null;
        }

        if (authorizationHeaders.Count > 1 || (authorizationHeaders.Count == 1 && presigned))
        {
            failure = SigV4Verification.IncompleteSignature(
                "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter or the Authorization header should be specified.");
            return null;
        }

        return authorizationHeaders.Count == 1
            ? ReadHeaderClaim(request, authorizationHeaders[0], out failure)
            : ReadPresignedClaim(query, repeated, out failure);
    }

    private static Claim? ReadHeaderClaim(SigV4Request request, string authorizationHeader, out SigV4Verification? failure)
    {
        var authorization = SigV4Authorization.Parse(authorizationHeader, out var problem);
        if (authorization is null)
        {
            failure = SigV4Verification.IncompleteSignature(problem);
            return null;
        }

        // X-Amz-Date wins over Date; with Date alone, the string to sign carries it in ISO 8601 basic form.
        var amzDate = HeaderValues(request, AmzDateHeader).FirstOrDefault();
        DateTimeOffset signedAt;
        if (amzDate is not null)
        {
            if (!TryParseAmzDate(amzDate, out signedAt))
            {
                failure = SigV4Verification.IncompleteSignature($"X-Amz-Date must be in the ISO 8601 basic format yyyyMMddTHHmmssZ, got '{amzDate}'.");
                return null;
            }
        }
        else
        {
            var date = HeaderValues(request, "date").FirstOrDefault();
            if (date is null)
            {
                failure = SigV4Verification.IncompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
                return null;
            }

            if (!DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out signedAt))
            {
                failure = SigV4Verification.IncompleteSignature($"Date header must be an RFC 1123 date, got '{date}'.");
                return null;
            }

            amzDate = signedAt.UtcDateTime.ToString(SigV4Verification.AmzDateFormat, CultureInfo.InvariantCulture);
        }

        failure = null;
        return new Claim(authorization, amzDate, signedAt, Expires: null, ExcludedQueryParameter: null);
    }

    private static Claim? ReadPresignedClaim(IReadOnlyDictionary<string, string> query, IReadOnlySet<string> repeated, out SigV4Verification? failure)
    {
        var repeatedParameter = repeated.FirstOrDefault(name => name.StartsWith("X-Amz-", StringComparison.Ordinal));
        if (repeatedParameter is not null)
        {
            failure = SigV4Verification.IncompleteSignature($"AWS query-string parameter '{repeatedParameter}' must appear only once.");
            return null;
        }

        var presigned = SigV4PresignedQuery.Parse(query, out var problem);
        if (presigned is null)
        {
            failure = SigV4Verification.IncompleteSignature(problem);
            return null;
        }

        if (!TryParseAmzDate(presigned.AmzDate, out var signedAt))
        {
            failure = SigV4Verification.IncompleteSignature($"X-Amz-Date must be in the ISO 8601 basic format yyyyMMddTHHmmssZ, got '{presigned.AmzDate}'.");
            return null;
        }

        failure = null;
        return new Claim(presigned.Authorization, presigned.AmzDate, signedAt, presigned.Expires, SigV4Signer.SignatureQueryParameter);
    }

    /// <summary>
    /// A header signature is good within the skew either side of now; a presigned one from the skew before its
    /// signing time until it expires.
    /// </summary>
    private static SigV4Verification? CheckClock(Claim claim, DateTimeOffset now, TimeSpan maxClockSkew)
    {
        if (claim.SignedAt > now + maxClockSkew)
        {
            return SigV4Verification.SignatureNotYetCurrent(claim.AmzDate, now, maxClockSkew);
        }

        var lifetime = claim.Expires ?? maxClockSkew;
        return claim.SignedAt < now - lifetime ? SigV4Verification.SignatureExpired(claim.AmzDate, now, lifetime) : null;
    }

    private static bool TryParseAmzDate(string value, out DateTimeOffset signedAt) =>
        DateTimeOffset.TryParseExact(
            value, SigV4Verification.AmzDateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out signedAt);

    private static bool IsHostHeader(string name) =>
        string.Equals(name, "host", StringComparison.OrdinalIgnoreCase) || string.Equals(name, ":authority", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> HeaderValues(SigV4Request request, string name) =>
        request.Headers
            .Where(h => string.Equals(h.Key.Trim(), name, StringComparison.OrdinalIgnoreCase))
            .Select(h => h.Value.Trim());

    private static Dictionary<string, string> DecodeQuery(string rawQuery, out IReadOnlySet<string> repeated)
    {
        var decoded = new Dictionary<string, string>(StringComparer.Ordinal);
        var seenTwice = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rawName, rawValue) in SigV4Canonicalizer.SplitQuery(rawQuery))
        {
            var name = SigV4UriEncoding.PercentDecodeToString(rawName);
            if (!decoded.TryAdd(name, SigV4UriEncoding.PercentDecodeToString(rawValue)))
            {
                seenTwice.Add(name);
            }
        }

        repeated = seenTwice;
        return decoded;
    }
}
