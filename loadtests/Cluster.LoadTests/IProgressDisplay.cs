namespace Cluster.LoadTests;

/// <summary>Shows a run's per-second figures while it goes: a live table on a terminal, plain lines otherwise.</summary>
public interface IProgressDisplay
{
    /// <summary>Runs <paramref name="loop"/>, which calls the update it is given with each second's rows (stream label, point).</summary>
    Task RunAsync(string title, Func<Action<IReadOnlyList<(string Label, SecondPoint Point)>>, Task> loop);
}
