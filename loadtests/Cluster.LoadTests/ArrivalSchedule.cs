namespace Cluster.LoadTests;

/// <summary>
/// When the k-th request of an open loop is due, in seconds from the start: at the from-rate through warmup, then
/// on a linear ramp over the measured phase. Exact (the inverse of the integrated rate), so no drift accumulates.
/// </summary>
public sealed class ArrivalSchedule(OpenLoop shape, double warmupSeconds, double durationSeconds)
{
    private readonly double warmupCount = shape.FromRate * warmupSeconds;
    private readonly double slope = (shape.ToRate - shape.FromRate) / durationSeconds;

    /// <summary>The intended start of request <paramref name="k"/>, or null when the schedule has ended before it.</summary>
    public double? OffsetOf(long k)
    {
        if (k < warmupCount)
        {
            return k / shape.FromRate;
        }

        var n = k - warmupCount;
        double tau;
        if (Math.Abs(slope) < 1e-9)
        {
            if (shape.FromRate <= 0)
            {
                return null;
            }

            tau = n / shape.FromRate;
        }
        else
        {
            // Solve from*t + slope*t^2/2 = n for the first t >= 0.
            var discriminant = (shape.FromRate * shape.FromRate) + (2 * slope * n);
            if (discriminant < 0)
            {
                return null;
            }

            tau = (-shape.FromRate + Math.Sqrt(discriminant)) / slope;
        }

        return tau <= durationSeconds ? warmupSeconds + tau : null;
    }
}
