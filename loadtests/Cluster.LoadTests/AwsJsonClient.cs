using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;

namespace Cluster.LoadTests;

/// <summary>Posts AWS JSON 1.1 requests to one endpoint and turns every outcome, transport failures included, into a <see cref="CallResult"/>.</summary>
public sealed class AwsJsonClient : IDisposable
{
    public const string IdpPrefix = "AWSCognitoIdentityProviderService.";

    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.1");
    private readonly HttpClient http;
    private readonly Uri endpoint;
    private readonly AdminRequestSigner signer;

    public AwsJsonClient(Uri endpoint, AdminRequestSigner signer, int connections)
    {
        this.endpoint = endpoint;
        this.signer = signer;
        // One connection a virtual user, kept open: the run measures the service, not TCP handshakes.
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(connections, 1),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        http = new HttpClient(handler) { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>An unsigned call: the public and user operations (InitiateAuth, GetUser, ...).</summary>
    public Task<CallResult> CallAsync(string operation, byte[] body, CancellationToken cancellationToken = default) =>
        SendAsync(Target(operation), body, sign: false, cancellationToken);

    /// <summary>A SigV4-signed call: the admin operations.</summary>
    public Task<CallResult> AdminCallAsync(string operation, object body, CancellationToken cancellationToken = default) =>
        SendAsync(Target(operation), JsonSerializer.SerializeToUtf8Bytes(body), sign: true, cancellationToken);

    /// <summary>A signed IAM call over the Query protocol (a form body, an XML reply), for setting up roles.</summary>
    public async Task<CallResult> IamCallAsync(string action, IEnumerable<(string Name, string Value)> parameters, CancellationToken cancellationToken)
    {
        var form = string.Join('&', parameters.Prepend(("Version", "2010-05-08")).Prepend(("Action", action))
            .Select(p => $"{Uri.EscapeDataString(p.Item1)}={Uri.EscapeDataString(p.Item2)}"));
        var body = System.Text.Encoding.UTF8.GetBytes(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/");
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        signer.Sign(request, endpoint, target: null, body, service: "iam");
        using var response = await http.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new CallResult((int)response.StatusCode, response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}", bytes);
    }

    /// <summary>A bare operation name is a user pool operation; a dotted one names its service (<c>AWSCognitoIdentityService.GetId</c>).</summary>
    private static string Target(string operation) => operation.Contains('.', StringComparison.Ordinal) ? operation : IdpPrefix + operation;

    public async Task<CallResult> SendAsync(string target, byte[] body, bool sign, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = AmzJson;
        if (sign)
        {
            signer.Sign(request, endpoint, target, body);
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new CallResult(status, null, bytes)
                : new CallResult(status, ErrorTypeOf(response, bytes), bytes);
        }
        catch (HttpRequestException e)
        {
            var socket = e.InnerException as SocketException;
            return new CallResult(0, socket is null ? $"transport: {e.HttpRequestError}" : $"transport: {socket.SocketErrorCode}", []);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new CallResult(0, "transport: timeout", []);
        }
    }

    public void Dispose() => http.Dispose();

    /// <summary>The wire error code from x-amzn-ErrorType or the body's __type, with the HTTP status when neither says.</summary>
    private static string ErrorTypeOf(HttpResponseMessage response, byte[] body)
    {
        if (response.Headers.TryGetValues("x-amzn-ErrorType", out var values))
        {
            var header = values.FirstOrDefault();
            if (!string.IsNullOrEmpty(header))
            {
                // AWS may append ":http://internal.amazon.com/..." to the code.
                var colon = header.IndexOf(':', StringComparison.Ordinal);
                return colon > 0 ? header[..colon] : header;
            }
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("__type", out var type) && type.GetString() is { Length: > 0 } code)
            {
                var hash = code.LastIndexOf('#');
                return hash >= 0 ? code[(hash + 1)..] : code;
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall through to the status code.
        }

        return $"HTTP {(int)response.StatusCode}";
    }
}
