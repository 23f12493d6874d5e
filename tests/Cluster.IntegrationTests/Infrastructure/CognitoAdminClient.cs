using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Cluster.Domain.SigV4;

namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>
/// Calls cognito-idp operations: admin ones SigV4-signed with the local admin key by the Domain signer, public ones
/// (<see cref="SendUnsignedAsync"/>) as an app would. <paramref name="timeout"/> bounds each call (default 30 s).
/// </summary>
public sealed class CognitoAdminClient(Uri endpoint, TimeSpan? timeout = null) : IDisposable
{
    public const string AccessKeyId = "AKIALOCALADMIN000000";
    public const string SecretAccessKey = "local-admin-secret-change-me";
    public const string Region = "us-east-1";

    private const string Service = "cognito-idp";
    private const string TargetPrefix = "AWSCognitoIdentityProviderService.";
    private const string ContentType = "application/x-amz-json-1.1";
    private static readonly string[] SignedHeaders = ["host", "x-amz-date", "x-amz-target", "content-type"];

    private readonly HttpClient http = new(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) })
    {
        BaseAddress = endpoint,
        Timeout = timeout ?? TimeSpan.FromSeconds(30),
    };

    public Uri Endpoint => endpoint;

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
        return await ReadReplyAsync(request);
    }

    /// <summary>A public operation (SignUp, InitiateAuth, ChangePassword, ...): no signature, as an app sends it.</summary>
    public async Task<AwsJsonReply> SendUnsignedAsync(string operation, object input)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(input)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(ContentType);
        request.Headers.TryAddWithoutValidation("X-Amz-Target", TargetPrefix + operation);
        return await ReadReplyAsync(request);
    }

    /// <summary>A GET of a path such as <c>/{poolId}/.well-known/jwks.json</c>: status and body text.</summary>
    public async Task<(System.Net.HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => http.Dispose();

    private async Task<AwsJsonReply> ReadReplyAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        JsonElement parsed;
        try
        {
            using var document = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
            parsed = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            // A proxy or a dying host may answer with a non-JSON body; the status still tells what happened.
            using var empty = JsonDocument.Parse("{}");
            parsed = empty.RootElement.Clone();
        }

        return new AwsJsonReply(response.StatusCode, parsed, body);
    }
}
