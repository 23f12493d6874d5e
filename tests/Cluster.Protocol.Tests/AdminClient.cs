using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Cluster.Protocol.Tests;

/// <summary>Posts AWS JSON 1.1 requests and reads the reply, error or not.</summary>
public sealed class AdminClient(HttpClient http)
{
    public const string IdpPrefix = "AWSCognitoIdentityProviderService";

    public const string IdentityPrefix = "AWSCognitoIdentityService";

    public Task<Reply> CallAsync(string operation, object body) =>
        SendAsync($"{IdpPrefix}.{operation}", JsonSerializer.Serialize(body));

    /// <summary>An <c>AWSCognitoIdentityService</c> (identity pools) operation.</summary>
    public Task<Reply> IdentityAsync(string operation, object body) =>
        SendAsync($"{IdentityPrefix}.{operation}", JsonSerializer.Serialize(body));

    public async Task<Reply> SendAsync(string? target, string rawBody)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/");
        if (target is not null)
        {
            request.Headers.Add("X-Amz-Target", target);
        }

        request.Content = new StringContent(rawBody, Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply(response, text);
    }
}
