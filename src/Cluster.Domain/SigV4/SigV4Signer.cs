using System.Security.Cryptography;
using System.Text;

namespace Cluster.Domain.SigV4;

/// <summary>AWS Signature Version 4 (AWS4-HMAC-SHA256), step by step, for services other than S3.</summary>
public static class SigV4Signer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Query parameter that carries a presigned request's signature; it is not part of what it signs.</summary>
    internal const string SignatureQueryParameter = "X-Amz-Signature";

    /// <summary>Task 1: the canonical request over the given signed headers.</summary>
    public static string CanonicalRequest(SigV4Request request, IReadOnlyList<string> signedHeaders) =>
        CanonicalRequest(request, signedHeaders, excludedQueryParameter: null);

    /// <summary>Task 2: what the signing key signs. <paramref name="amzDate"/> is yyyyMMddTHHmmssZ.</summary>
    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        $"{Algorithm}\n{amzDate}\n{scope}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

    /// <summary>Task 3: the secret, narrowed to one day, region and service.</summary>
    public static byte[] SigningKey(string secretAccessKey, string date, string region, string service)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, "aws4_request"u8);
    }

    /// <summary>Task 4: the signature as lowercase hex.</summary>
    public static string Signature(byte[] signingKey, string stringToSign) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(stringToSign)));

    /// <summary>Signs a request as a client would; used by tests and our own load driver.</summary>
    public static string AuthorizationHeader(
        SigV4Request request,
        string accessKeyId,
        string secretAccessKey,
        string amzDate,
        string region,
        string service,
        IReadOnlyList<string> signedHeaders)
    {
        var date = amzDate[..8];
        var scope = Scope(date, region, service);
        var names = SigV4Canonicalizer.SignedHeaderNames(signedHeaders);
        var stringToSign = StringToSign(amzDate, scope, CanonicalRequest(request, names));
        var signature = Signature(SigningKey(secretAccessKey, date, region, service), stringToSign);
        return $"{Algorithm} Credential={accessKeyId}/{scope}, SignedHeaders={string.Join(';', names)}, Signature={signature}";
    }

    internal static string Scope(string date, string region, string service) => $"{date}/{region}/{service}/aws4_request";

    internal static string CanonicalRequest(SigV4Request request, IReadOnlyList<string> signedHeaders, string? excludedQueryParameter)
    {
        var names = SigV4Canonicalizer.SignedHeaderNames(signedHeaders);
        return new StringBuilder()
            .Append(request.Method).Append('\n')
            .Append(SigV4Canonicalizer.Path(request.Path)).Append('\n')
            .Append(SigV4Canonicalizer.Query(request.QueryString, excludedQueryParameter)).Append('\n')
            .Append(SigV4Canonicalizer.Headers(request.Headers, names)).Append('\n')
            .AppendJoin(';', names).Append('\n')
            .Append(request.PayloadSha256Hex)
            .ToString();
    }
}
