namespace Cluster.Silo.Telemetry;

/// <summary>The (never written) state the readiness check reads to prove grain storage answers.</summary>
[GenerateSerializer, Alias("Cluster.ReadinessProbeState")]
public sealed class ReadinessProbeState
{
    [Id(0)] public int Version { get; set; }
}
