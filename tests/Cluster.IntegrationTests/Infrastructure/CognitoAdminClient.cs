using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Cluster.Domain.SigV4;

namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>Calls cognito-idp admin operations, SigV4-signed with the local admin key by the Domain signer.</summary>
public sealed class CognitoAdminClient(Uri endpoint) : IDisposable
{
    public const string AccessKeyId = "AKIALOCALADMIN000000";
    public const string SecretAccessKey = "local-admin-secret-change-me";
    public const string Region = "us-east-1";

    private const string Service = "cognito-idp";
    private const string TargetPrefix = "AWSCognitoIdentityProviderService.";
    private const string ContentType = "application/x-amz-json-1.1";
    private static readonly string[] SignedHeaders = ["host", "x-amz-date", "x-amz-target", "content-type"];

    private readonly HttpClient http = new() { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<AwsJsonReply> SendAsync(string operation, object input)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(input);
        var amzDate = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var target = TargetPrefix + operation;
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", endpoint.Authority),
            new("x-amz-date", amzDate),
            new("x-amz-target", target),
            new("content-type", ContentType),
        };
        var signed = new SigV4Request("POST", "/", string.Empty, headers, Convert.ToHexStringLower(SHA256.HashData(payload)));
        var authorization = SigV4Signer.AuthorizationHeader(signed, AccessKeyId, SecretAccessKey, amzDate, Region, Service, SignedHeaders);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(payload) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
        return new AwsJsonReply(response.StatusCode, document.RootElement.Clone(), body);
    }

    public void Dispose() => http.Dispose();
}
