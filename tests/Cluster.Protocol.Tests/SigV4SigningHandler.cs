using System.Security.Cryptography;
using Cluster.Domain.SigV4;
using Cluster.Protocol.Authentication;

namespace Cluster.Protocol.Tests;

/// <summary>Signs each request with SigV4, as the AWS SDKs do, using the Domain signer.</summary>
public sealed class SigV4SigningHandler(
    string accessKeyId = AdminCredentialsOptions.LocalAccessKeyId,
    string secret = AdminCredentialsOptions.LocalSecretAccessKey) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var amzDate = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        request.Headers.Add("X-Amz-Date", amzDate);
        var headers = new List<KeyValuePair<string, string>> { new("host", request.RequestUri!.Authority), new("x-amz-date", amzDate) };
        if (request.Headers.TryGetValues("X-Amz-Target", out var targets))
        {
            headers.Add(new("x-amz-target", string.Join(",", targets)));
        }

        var signed = new SigV4Request(request.Method.Method, request.RequestUri.AbsolutePath, request.RequestUri.Query.TrimStart('?'), headers, Convert.ToHexStringLower(SHA256.HashData(body)));
        var authorization = SigV4Signer.AuthorizationHeader(signed, accessKeyId, secret, amzDate, "us-east-1", "cognito-idp", headers.Select(h => h.Key).ToList());
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await base.SendAsync(request, cancellationToken);
    }
}
