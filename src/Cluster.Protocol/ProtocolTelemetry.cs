using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Cluster.Protocol;

/// <summary>This project's own trace source and meter for the wire protocols, beside Orleans' and ASP.NET Core's.</summary>
public static class ProtocolTelemetry
{
    public const string Name = "Cluster.Protocol";

    public static ActivitySource ActivitySource { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    /// <summary>Requests by operation and outcome (<c>ok</c> or the error code): low cardinality by design.</summary>
    public static Counter<long> Requests { get; } = Meter.CreateCounter<long>("cluster.protocol.requests", description: "AWS protocol requests by operation and outcome");
}
