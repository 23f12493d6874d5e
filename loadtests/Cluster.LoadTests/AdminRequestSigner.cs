using System.Globalization;
using System.Security.Cryptography;
using Cluster.Domain.SigV4;

namespace Cluster.LoadTests;

/// <summary>Signs admin calls with SigV4 as the AWS SDKs do, through the service's own signer.</summary>
public sealed class AdminRequestSigner(string accessKeyId, string secretAccessKey, string region)
{
    public void Sign(HttpRequestMessage request, Uri endpoint, string? target, byte[] body, string service = "cognito-idp")
    {
        var amzDate = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        request.Headers.Add("X-Amz-Date", amzDate);
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", endpoint.Authority),
            new("x-amz-date", amzDate),
        };
        if (target is not null)
        {
            headers.Add(new("x-amz-target", target));
        }

        var signed = new SigV4Request("POST", "/", string.Empty, headers, Convert.ToHexStringLower(SHA256.HashData(body)));
        var authorization = SigV4Signer.AuthorizationHeader(
            signed, accessKeyId, secretAccessKey, amzDate, region, service, headers.Select(h => h.Key).ToList());
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
    }
}
