namespace Cluster.Silo.Hosting;

/// <summary>Graceful stop: a drain before the host stops, readiness that says so, and time enough for both.</summary>
public static class ShutdownDrainExtensions
{
    /// <summary>The tag of the readiness checks (<c>/health/ready</c>).</summary>
    private const string ReadyTag = "ready";

    /// <summary>What the host may take after the drain: Kestrel's in-flight requests, then Orleans' deactivation.</summary>
    private static readonly TimeSpan StopBudget = TimeSpan.FromSeconds(30);

    public static WebApplicationBuilder AddShutdownDrain(this WebApplicationBuilder builder, SiloOptions silo)
    {
        builder.Services.AddSingleton<ShutdownDrain>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ShutdownDrain>());
        builder.Services.AddTransient<IStartupFilter, ShutdownDrainStartupFilter>();
        builder.Services.AddHealthChecks().AddCheck<ShutdownDrainHealthCheck>("not-shutting-down", tags: [ReadyTag]);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = silo.ShutdownDrainDelay + StopBudget);
        return builder;
    }
}
