using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Cluster.Protocol.Tests.IdentityProviders;

/// <summary>
/// A real Kestrel server on a free loopback port playing the providers: an OpenID Connect issuer under
/// <c>/realm</c> (discovery + JWKS, keys that can rotate), Facebook Graph under <c>/graph</c> and Login with Amazon
/// under <c>/lwa</c>. Counts JWKS reads so tests can see refreshes.
/// </summary>
public sealed class FakeLoginProvider : IAsyncDisposable
{
    private readonly WebApplication app;
    private volatile RsaSecurityKey[] published;
    private int jwksReads;

    private FakeLoginProvider(WebApplication app, RsaSecurityKey key)
    {
        this.app = app;
        published = [key];
    }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The issuer as tokens carry it: <c>http://127.0.0.1:port/realm</c>.</summary>
    public string Issuer => BaseUrl + "/realm";

    /// <summary>The issuer as IAM stores an OIDC provider URL: no scheme.</summary>
    public string ProviderUrl => Issuer["http://".Length..];

    public RsaSecurityKey SigningKey => published[^1];

    public int JwksReads => Volatile.Read(ref jwksReads);

    /// <summary>Facebook access token to (app id, user id).</summary>
    public ConcurrentDictionary<string, (string AppId, string UserId)> FacebookTokens { get; } = new();

    /// <summary>Login with Amazon access token to (client id, app id, user id).</summary>
    public ConcurrentDictionary<string, (string ClientId, string AppId, string UserId)> AmazonTokens { get; } = new();

    /// <summary>Tokens for which Graph and LWA answer 500, as a provider having a bad day.</summary>
    public const string FailingToken = "provider-is-down";

    public static async Task<FakeLoginProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var provider = new FakeLoginProvider(builder.Build(), NewKey());
        provider.Map();
        await provider.app.StartAsync();
        provider.BaseUrl = provider.app.Urls.First().TrimEnd('/');
        return provider;
    }

    public static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    /// <summary>Publishes a new key alone, as a provider finishing a rotation.</summary>
    public RsaSecurityKey RotateKey()
    {
        var key = NewKey();
        published = [key];
        return key;
    }

    /// <summary>A loopback port nothing listens on.</summary>
    public static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The JWKS document of a key, as the provider publishes it.</summary>
    public static string JwksOf(params RsaSecurityKey[] keys) => JsonSerializer.Serialize(new
    {
        keys = keys.Select(key =>
        {
            var parameters = key.Rsa.ExportParameters(false);
            return new
            {
                kty = "RSA",
                use = "sig",
                alg = "RS256",
                kid = key.KeyId,
                n = Base64UrlEncoder.Encode(parameters.Modulus),
                e = Base64UrlEncoder.Encode(parameters.Exponent),
            };
        }),
    });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Map()
    {
        app.MapGet("/realm/.well-known/openid-configuration", () => Results.Json(new
        {
            issuer = Issuer,
            jwks_uri = Issuer + "/jwks",
            authorization_endpoint = Issuer + "/authorize",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/realm/jwks", () =>
        {
            Interlocked.Increment(ref jwksReads);
            return Results.Text(JwksOf(published), "application/json");
        });
        app.MapGet("/graph/app", (HttpRequest request) => FacebookReply(request, grant => new { id = grant.AppId, name = "test app" }));
        app.MapGet("/graph/me", (HttpRequest request) => FacebookReply(request, grant => new { id = grant.UserId, name = "Fay Book", email = "fay@example.com" }));
        app.MapGet("/lwa/auth/o2/tokeninfo", (HttpRequest request) =>
        {
            var token = request.Query["access_token"].ToString();
            return token == FailingToken ? Results.StatusCode(500)
                : AmazonTokens.TryGetValue(token, out var grant)
                    ? Results.Json(new { iss = "https://www.amazon.com", user_id = grant.UserId, aud = grant.ClientId, app_id = grant.AppId, exp = 3597 })
                    : Results.Json(new { error = "invalid_token", error_description = "The access token provided is invalid" }, statusCode: 400);
        });
        app.MapGet("/lwa/user/profile", (HttpRequest request) =>
        {
            var header = request.Headers.Authorization.ToString();
            var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : string.Empty;
            return AmazonTokens.TryGetValue(token, out var grant)
                ? Results.Json(new { user_id = grant.UserId, name = "Ama Zon", email = "ama@example.com" })
                : Results.Json(new { error = "invalid_token" }, statusCode: 401);
        });
    }

    private IResult FacebookReply(HttpRequest request, Func<(string AppId, string UserId), object> body)
    {
        var token = request.Query["access_token"].ToString();
        if (token == FailingToken)
        {
            return Results.StatusCode(500);
        }

        return FacebookTokens.TryGetValue(token, out var grant)
            ? Results.Json(body(grant))
            : Results.Json(new { error = new { message = "Invalid OAuth access token.", type = "OAuthException", code = 190 } }, statusCode: 400);
    }
}
