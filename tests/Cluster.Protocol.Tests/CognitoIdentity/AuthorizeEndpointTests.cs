using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cluster.Abstractions.Iam;
using Cluster.Abstractions.Security;
using Cluster.Domain.SigV4;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.Tests.CognitoIdentity;

/// <summary><c>POST /authorize</c>: signed request descriptions, the principal they carry, the decision, and every refusal.</summary>
[Collection(SiloCollection.Name)]
public sealed class AuthorizeEndpointTests(SiloFactory silo)
{
    private const string Host = "photos.example.com";

    private ClusterKeys Keys => silo.Services.GetRequiredService<ClusterKeys>();

    private static Dictionary<string, string> Signed(TemporaryCredentials credentials, string path, string body, DateTimeOffset at, bool withToken = true)
    {
        var amzDate = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var headers = new List<KeyValuePair<string, string>> { new("host", Host), new("x-amz-date", amzDate) };
        if (withToken)
        {
            headers.Add(new("x-amz-security-token", credentials.SessionToken));
        }

        var request = new SigV4Request("POST", path, string.Empty, headers, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))));
        var authorization = SigV4Signer.AuthorizationHeader(request, credentials.AccessKeyId, credentials.SecretKey, amzDate, "us-east-1", "execute-api", headers.Select(h => h.Key).ToList());
        var result = headers.ToDictionary(h => h.Key, h => h.Value);
        result["authorization"] = authorization;
        return result;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> AuthorizeAsync(object query)
    {
        using var response = await silo.CreateDefaultClient().PostAsJsonAsync("/authorize", query);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static object Query(Dictionary<string, string> headers, string resource, string body = "{}", string path = "/photos") => new
    {
        request = new { method = "POST", path, query = string.Empty, headers, body },
        action = "s3:GetObject",
        resource,
    };

    private async Task<(TemporaryCredentials Credentials, string Sub)> CredentialsAsync(DateTimeOffset issued, TimeSpan lifetime)
    {
        var setup = await IdentityPoolSetup.CreateAsync(silo);
        var sub = $"us-east-1:{Guid.NewGuid():D}";
        var variables = new Dictionary<string, string[]> { ["cognito-identity.amazonaws.com:sub"] = [sub] };
        return (Keys.Mint(setup.AuthenticatedRole, "CognitoIdentityCredentials", variables, new Dictionary<string, string> { ["team"] = "photos" }, issued, lifetime), sub);
    }

    [Fact]
    public async Task OwnPrefix_IsAllowed_OthersDenied_AndThePrincipalComesFromTheSealedToken()
    {
        var (credentials, sub) = await CredentialsAsync(DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        var headers = Signed(credentials, "/photos", "{}", DateTimeOffset.UtcNow);

        var own = await AuthorizeAsync(Query(headers, $"arn:aws:s3:::photos/{sub}/cat.jpg"));
        var other = await AuthorizeAsync(Query(headers, "arn:aws:s3:::photos/us-east-1:someone-else/cat.jpg"));

        Assert.Equal((HttpStatusCode.OK, "Allow"), (own.Status, own.Body.GetProperty("decision").GetString()));
        Assert.Equal(credentials.AccessKeyId, own.Body.GetProperty("principal").GetProperty("accessKeyId").GetString());
        Assert.Equal("photos", own.Body.GetProperty("principal").GetProperty("principalTags").GetProperty("team").GetString());
        Assert.Equal((HttpStatusCode.OK, "ImplicitDeny"), (other.Status, other.Body.GetProperty("decision").GetString()));
    }

    [Fact]
    public async Task ExpiredCredentials_AreRefused_EvenWithAFreshSignature()
    {
        var (credentials, sub) = await CredentialsAsync(DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromHours(1));

        var reply = await AuthorizeAsync(Query(Signed(credentials, "/photos", "{}", DateTimeOffset.UtcNow), $"arn:aws:s3:::photos/{sub}/cat.jpg"));

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("ExpiredTokenException", reply.Body.GetProperty("__type").GetString());
    }

    [Fact]
    public async Task AlteredRequests_AreRefused()
    {
        var (credentials, sub) = await CredentialsAsync(DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        var resource = $"arn:aws:s3:::photos/{sub}/cat.jpg";
        var headers = Signed(credentials, "/photos", "{}", DateTimeOffset.UtcNow);

        var otherBody = await AuthorizeAsync(Query(headers, resource, body: "{\"x\":1}"));
        var otherPath = await AuthorizeAsync(Query(headers, resource, path: "/admin"));
        var stale = await AuthorizeAsync(Query(Signed(credentials, "/photos", "{}", DateTimeOffset.UtcNow.AddMinutes(-6)), resource));
        var unsignedToken = await AuthorizeAsync(Query(Signed(credentials, "/photos", "{}", DateTimeOffset.UtcNow, withToken: false), resource));
        var (another, _) = await CredentialsAsync(DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        var swapped = new Dictionary<string, string>(headers) { ["x-amz-security-token"] = another.SessionToken };
        var swappedToken = await AuthorizeAsync(Query(swapped, resource));

        Assert.All([otherBody, otherPath, stale, unsignedToken, swappedToken], r => Assert.Equal(HttpStatusCode.Forbidden, r.Status));
        Assert.Equal("InvalidSignatureException", otherBody.Body.GetProperty("__type").GetString());
        Assert.Equal("InvalidSignatureException", otherPath.Body.GetProperty("__type").GetString());
        Assert.Equal("UnrecognizedClientException", unsignedToken.Body.GetProperty("__type").GetString());
        Assert.Equal("UnrecognizedClientException", swappedToken.Body.GetProperty("__type").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"request":{"method":"GET"},"action":"s3:GetObject","resource":"*"}""")]
    [InlineData("""{"request":{"method":"GET","path":"/","headers":{}},"resource":"*"}""")]
    public async Task MalformedQueries_AreBadRequests(string body)
    {
        using var response = await silo.CreateDefaultClient().PostAsync("/authorize", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedQuery_IsABadRequest()
    {
        var body = new StringContent($"{{\"action\":\"{new string('a', 300_000)}\"}}", Encoding.UTF8, "application/json");

        using var response = await silo.CreateDefaultClient().PostAsync("/authorize", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
