using Cluster.Protocol.Authentication;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Cluster.Silo.Hosting;

/// <summary>Says where the service listens and on what storage, once it is ready to serve.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var garnet = app.Services.GetService<EmbeddedGarnet>();
        var where = garnet is null ? storage.Provider.ToString() : $"Embedded (Garnet, data in {garnet.DataPath})";
        Console.WriteLine($"Cognito-compatible endpoint listening on {string.Join(", ", addresses)} — storage: {where}");
        if (app.Services.GetRequiredService<IOptions<AdminCredentialsOptions>>().Value.UsesLocalDefaults)
        {
            Console.WriteLine($"Admin operations accept the local default key {AdminCredentialsOptions.LocalAccessKeyId}; set AdminCredentials__AccessKeyId and AdminCredentials__SecretAccessKey in production.");
        }
    }
}
