using Microsoft.Extensions.Options;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// The one HttpClient that talks to login providers: bounded time and reply size, no redirects (a provider URL is
/// configured, not discovered), pooled connections recycled so DNS changes are seen.
/// </summary>
public sealed class IdentityProviderHttp : IDisposable
{
    public IdentityProviderHttp(IOptions<IdentityProviderOptions> options)
    {
        var settings = options.Value;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = settings.HttpTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        Client = new HttpClient(handler, disposeHandler: true)
        {
            Timeout = settings.HttpTimeout,
            MaxResponseContentBufferSize = settings.MaxResponseBytes,
        };
        Client.DefaultRequestHeaders.UserAgent.ParseAdd("cluster-identity/1.0");
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();
}
