using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Cluster.Domain.SigV4;
using Cluster.Protocol.Authentication;

namespace Cluster.Protocol.Tests.Iam;

/// <summary>Posts AWS Query requests (form bodies) as the SDKs do, signed for a service's credential scope or not.</summary>
public sealed class QueryClient(HttpClient http, string? service, string accessKeyId = AdminCredentialsOptions.LocalAccessKeyId, string secret = AdminCredentialsOptions.LocalSecretAccessKey)
{
    public const string IamVersion = "2010-05-08";

    /// <summary>Action, the IAM version, then the parameters in the order given.</summary>
    public Task<QueryReply> IamAsync(string action, params (string Name, string Value)[] parameters) =>
        SendAsync(Form([("Action", action), ("Version", IamVersion), .. parameters]));

    public static string Form(IEnumerable<(string Name, string Value)> parameters) =>
        string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

    public async Task<QueryReply> SendAsync(string body, string contentType = "application/x-www-form-urlencoded; charset=utf-8")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (service is not null)
        {
            var amzDate = DateTimeOffset.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            request.Headers.Add("X-Amz-Date", amzDate);
            var headers = new List<KeyValuePair<string, string>> { new("host", http.BaseAddress!.Authority), new("x-amz-date", amzDate) };
            var signed = new SigV4Request("POST", "/", string.Empty, headers, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            var authorization = SigV4Signer.AuthorizationHeader(signed, accessKeyId, secret, amzDate, "us-east-1", service, [.. headers.Select(h => h.Key)]);
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await http.SendAsync(request);
        return new QueryReply(response, await response.Content.ReadAsStringAsync());
    }
}
