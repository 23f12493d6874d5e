using System.Net;
using System.Threading.RateLimiting;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.Throttling;

/// <summary>
/// Token buckets per caller IP and per app client for the unsigned operations, so one abusive address or one
/// runaway app cannot take the cluster's capacity from everyone else. Idle buckets are dropped by the runtime.
/// </summary>
public sealed class PublicOperationThrottle : IDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);
    private readonly RateLimitOptions options;
    private readonly PartitionedRateLimiter<string>? perIp;
    private readonly PartitionedRateLimiter<string>? perClient;

    public PublicOperationThrottle(IOptions<RateLimitOptions> options)
    {
        this.options = options.Value;
        perIp = Create(this.options.PerIpPerSecond, this.options.PerIpBurst);
        perClient = Create(this.options.PerClientPerSecond, this.options.PerClientBurst);
    }

    /// <summary>Null when the call may go ahead; else Cognito's throttling error.</summary>
    public IdentityError? Check(HttpContext context, string? clientId)
    {
        var address = context.Connection.RemoteIpAddress;
        if (perIp is not null && address is not null && !(options.ExemptLoopback && IPAddress.IsLoopback(address)) && !Acquire(perIp, address.ToString()))
        {
            return new IdentityError(ErrorCodes.TooManyRequests, "Rate exceeded");
        }

        return perClient is not null && clientId is not null && !Acquire(perClient, clientId)
            ? new IdentityError(ErrorCodes.TooManyRequests, "Rate exceeded")
            : null;
    }

    public void Dispose()
    {
        perIp?.Dispose();
        perClient?.Dispose();
    }

    private static bool Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string>? Create(int perSecond, int burst) => perSecond <= 0 ? null :
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = Math.Max(1, perSecond / 10),
            ReplenishmentPeriod = Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
