using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Messaging;
using Cluster.Protocol.Authentication;
using Cluster.Grains.Messaging;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Cluster.Silo.Hosting;

/// <summary>Once the host listens: fixes the public base URL if none was configured, and says where it listens.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (string.IsNullOrWhiteSpace(app.Services.GetRequiredService<IOptions<ServiceOptions>>().Value.PublicBaseUrl) && addresses.FirstOrDefault() is { } first)
        {
            // Wildcard bindings are not addresses a client can use; loopback is the local default's truth.
            app.Services.GetRequiredService<PublicEndpoint>().BaseUrl = first.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("+", "127.0.0.1", StringComparison.Ordinal);
        }

        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var garnet = app.Services.GetService<EmbeddedGarnet>();
        var where = garnet is null ? storage.Provider.ToString() : $"Embedded (Garnet, data in {garnet.DataPath})";
        Console.WriteLine($"Cognito-compatible endpoint listening on {string.Join(", ", addresses)} — storage: {where}");
        if (app.Services.GetRequiredService<IMessageSender>() is OutboxMessageSender outbox)
        {
            Console.WriteLine($"Codes and invitations are written to {outbox.Path}");
        }

        if (app.Services.GetRequiredService<IOptions<AdminCredentialsOptions>>().Value.UsesLocalDefaults)
        {
            Console.WriteLine($"Admin operations accept the local default key {AdminCredentialsOptions.LocalAccessKeyId}; set AdminCredentials__AccessKeyId and AdminCredentials__SecretAccessKey in production.");
        }
    }
}
