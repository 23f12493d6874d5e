namespace Cluster.Abstractions.Configuration;

/// <summary>
/// The base URL clients reach this service at, the start of every token's <c>iss</c>. Set from
/// <c>Service:PublicBaseUrl</c> for deployments behind a proxy, else from the address the host listens on.
/// </summary>
public sealed class PublicEndpoint
{
    private string baseUrl = "http://127.0.0.1:9229";

    public string BaseUrl
    {
        get => Volatile.Read(ref baseUrl);
        set => Volatile.Write(ref baseUrl, value.TrimEnd('/'));
    }

    public string IssuerOf(string poolId) => $"{BaseUrl}/{poolId}";
}
