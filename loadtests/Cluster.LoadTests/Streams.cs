namespace Cluster.LoadTests;

/// <summary>Runs streams side by side under one per-second sampler and display, and turns each into its result.</summary>
public static class Streams
{
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(
        IReadOnlyList<(StreamPlan Plan, string Description)> streams, RunContext context, IProgressDisplay display, string title, CancellationToken cancellationToken)
    {
        var tallies = streams.Select(s => new RunTally(s.Plan.Name)).ToArray();
        var outcomes = new StreamOutcome[streams.Count];
        await SecondSampler.RunAsync(tallies, display, title, () => Task.WhenAll(streams.Select(async (s, i) =>
            outcomes[i] = await LoadRunner.RunAsync(s.Plan, tallies[i], cancellationToken))));
        return [.. streams.Select((s, i) => ScenarioResult.From(s.Plan, tallies[i], outcomes[i], context, s.Description))];
    }
}
