using Cluster.Abstractions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Storage;

namespace Cluster.Silo.Telemetry;

/// <summary>Ready once this silo is an active cluster member and its grain storage answers a read.</summary>
public sealed class ReadinessHealthCheck(
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    [FromKeyedServices(StorageNames.Cluster)] IGrainStorage storage) : IHealthCheck
{
    private static readonly GrainId Probe = GrainId.Create("health", "readiness-probe");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        if (status != SiloStatus.Active)
        {
            return HealthCheckResult.Unhealthy($"Silo is {status}.");
        }

        try
        {
            await storage.ReadStateAsync("readiness", Probe, new GrainState<ReadinessProbeState>()).WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("Grain storage does not answer.", exception);
        }

        return HealthCheckResult.Healthy();
    }
}
