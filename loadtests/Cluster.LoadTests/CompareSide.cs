namespace Cluster.LoadTests;

/// <summary>One endpoint of the comparison and what it measured so far.</summary>
public sealed class CompareSide(string name, Uri endpoint, Population population, Func<TestUser, Task<CallResult>> request, RunTally tally)
{
    public string Name { get; } = name;
    public Uri Endpoint { get; } = endpoint;
    public Population Population { get; } = population;
    public RunTally Tally { get; } = tally;
    public double Measured { get; set; }
    public double CpuSeconds { get; set; }
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>A measured-only slice (warmup is its own slice, into another tally).</summary>
    public StreamPlan Plan(string streamName, LoadOptions options, double seconds) =>
        new(streamName, request, Population.Users, options.Shape, 0, seconds, null);
}
