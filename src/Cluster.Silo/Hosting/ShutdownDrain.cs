using Microsoft.Extensions.Options;

namespace Cluster.Silo.Hosting;

/// <summary>
/// The first step of a graceful stop (SIGTERM): for <see cref="SiloOptions.ShutdownDrainDelay"/> the silo still
/// answers HTTP while readiness says 503 and every reply closes its connection, so load balancers and clients move
/// away before the listener closes. Then Kestrel finishes in-flight requests and Orleans deactivates grains and
/// leaves the cluster.
/// </summary>
public sealed class ShutdownDrain(IOptions<SiloOptions> options, IHostApplicationLifetime lifetime) : IHostedLifecycleService
{
    public bool Draining => lifetime.ApplicationStopping.IsCancellationRequested;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ShutdownDrainDelay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(options.Value.ShutdownDrainDelay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // The host's shutdown timeout ran out: stop now.
            }
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
