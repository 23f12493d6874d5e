using System.Globalization;

namespace Cluster.LoadTests;

/// <summary>
/// Requests start on a schedule whatever the replies do: <paramref name="FromRate"/> per second through warmup,
/// then linearly to <paramref name="ToRate"/> over the measured phase (equal for a constant rate). At most
/// <paramref name="MaxInFlight"/> are out at once; a request due while that many are out is not sent and counted as missed.
/// </summary>
public sealed record OpenLoop(double FromRate, double ToRate, int MaxInFlight) : LoadShape
{
    public bool IsRamp => FromRate != ToRate;

    public override string Describe() => IsRamp
        ? string.Create(CultureInfo.InvariantCulture, $"open loop, ramp {FromRate:0.##} to {ToRate:0.##} req/s, at most {MaxInFlight} in flight")
        : string.Create(CultureInfo.InvariantCulture, $"open loop, {FromRate:0.##} req/s, at most {MaxInFlight} in flight");
}
