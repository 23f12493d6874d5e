using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// Discovery documents and their signing keys, one <see cref="ConfigurationManager{T}"/> per discovery URL,
/// re-read on their own every <see cref="IdentityProviderOptions.MetadataRefreshInterval"/> and on demand when a
/// token names an unknown key, at most once per <see cref="IdentityProviderOptions.KeyRefreshMinimumInterval"/>.
/// </summary>
/// <remarks>
/// A forced refresh builds a fresh manager and reads it before swapping it in, so the caller waits for the new
/// keys (the library's own RequestRefresh may refresh in the background and answer with the old keys) and a
/// failed read keeps the last good keys.
/// </remarks>
public sealed partial class OidcConfigurationCache(
    IdentityProviderHttp http,
    IOptions<IdentityProviderOptions> options,
    TimeProvider time,
    ILogger<OidcConfigurationCache> logger)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The cached configuration, read now if never read. Throws when the provider cannot be read.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(string discoveryUrl, CancellationToken cancellationToken) =>
        EntryFor(discoveryUrl).Manager.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Re-reads the configuration unless that happened less than the minimum interval ago (then the current one is
    /// returned). Throws when the provider cannot be read.
    /// </summary>
    public async Task<OpenIdConnectConfiguration> RefreshAsync(string discoveryUrl, CancellationToken cancellationToken)
    {
        var entry = EntryFor(discoveryUrl);
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (entry.LastForcedRefresh is { } last && now - last < options.Value.KeyRefreshMinimumInterval)
            {
                return await entry.Manager.GetConfigurationAsync(cancellationToken);
            }

            entry.LastForcedRefresh = now;
            var fresh = NewManager(discoveryUrl);
            var configuration = await fresh.GetConfigurationAsync(cancellationToken);
            entry.Manager = fresh;
            LogKeysRefreshed(logger, discoveryUrl, configuration.SigningKeys.Count);
            return configuration;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private Entry EntryFor(string discoveryUrl) =>
        entries.GetOrAdd(discoveryUrl, url => new Entry(NewManager(url)));

    private ConfigurationManager<OpenIdConnectConfiguration> NewManager(string discoveryUrl)
    {
        var retriever = new HttpDocumentRetriever(http.Client) { RequireHttps = !options.Value.AllowInsecureHttp };
        return new ConfigurationManager<OpenIdConnectConfiguration>(discoveryUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = options.Value.MetadataRefreshInterval,
            RefreshInterval = options.Value.KeyRefreshMinimumInterval,
        };
    }

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Signing keys re-read from {DiscoveryUrl}: {KeyCount} keys")]
    private static partial void LogKeysRefreshed(ILogger logger, string discoveryUrl, int keyCount);

    private sealed class Entry(ConfigurationManager<OpenIdConnectConfiguration> manager)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public ConfigurationManager<OpenIdConnectConfiguration> Manager { get; set; } = manager;

        public DateTimeOffset? LastForcedRefresh { get; set; }
    }
}
