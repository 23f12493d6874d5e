using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cluster.Silo.Hosting;

/// <summary>Not ready once the silo is draining: load balancers stop sending it new requests.</summary>
public sealed class ShutdownDrainHealthCheck(ShutdownDrain drain) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(drain.Draining ? HealthCheckResult.Unhealthy("The silo is shutting down.") : HealthCheckResult.Healthy());
}
