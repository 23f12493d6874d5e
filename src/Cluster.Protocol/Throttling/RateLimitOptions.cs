namespace Cluster.Protocol.Throttling;

/// <summary>
/// Limits on the public operations (SignUp, InitiateAuth, ...), section <c>RateLimits</c>: per caller IP and per
/// app client, token buckets refilled every 100 ms. 0 turns a limit off. Over the limit: TooManyRequestsException.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests per second one IP may make. Default 200. <c>RateLimits__PerIpPerSecond</c>.</summary>
    public int PerIpPerSecond { get; set; } = 200;

    /// <summary>Requests one IP may make at once before the rate applies. Default 400.</summary>
    public int PerIpBurst { get; set; } = 400;

    /// <summary>Requests per second for one app client, all callers together. Default 10,000.</summary>
    public int PerClientPerSecond { get; set; } = 10_000;

    /// <summary>Burst for one app client. Default 20,000.</summary>
    public int PerClientBurst { get; set; } = 20_000;

    /// <summary>Loopback callers (local tools, the load driver) skip the per-IP limit. Default true.</summary>
    public bool ExemptLoopback { get; set; } = true;
}
