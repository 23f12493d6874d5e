namespace Cluster.Silo.Hosting;

/// <summary>How this silo joins its cluster, section <c>Silo</c>.</summary>
public sealed class SiloOptions
{
    public const string Section = "Silo";

    /// <summary>Cluster name shared by every silo of one deployment. Default <c>cognito-cluster</c>.</summary>
    public string ClusterId { get; set; } = "cognito-cluster";

    /// <summary>Service name; storage is partitioned by it, so keep it across upgrades. Default <c>cognito</c>.</summary>
    public string ServiceId { get; set; } = "cognito";

    /// <summary>Silo-to-silo port. Default 11111.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans client gateway port. Default 30000.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address other silos reach this one at; default 127.0.0.1 (loopback deployments).</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>
    /// On SIGTERM, how long the silo keeps answering HTTP (readiness 503, connections closed after each reply)
    /// before it stops listening, deactivates its grains and leaves the cluster. Default 0: behind Kubernetes the
    /// pod's preStop hook waits instead.
    /// </summary>
    public TimeSpan ShutdownDrainDelay { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How long an idle grain (a user not seen for a while) stays in memory before Orleans collects it. Default 15
    /// minutes, Orleans' own; shorter bounds the memory of a silo that sees many users once (a bulk import, a
    /// morning peak of sign-ins), at the cost of reloading state for users who come back later.
    /// </summary>
    public TimeSpan GrainCollectionAge { get; set; } = TimeSpan.FromMinutes(15);
}
