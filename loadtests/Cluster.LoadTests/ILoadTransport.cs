namespace Cluster.LoadTests;

/// <summary>How a scenario's request reaches the silo: over HTTP as an app would, or straight to the grains.</summary>
public interface ILoadTransport : IAsyncDisposable
{
    /// <summary>http or orleans, as --transport names it.</summary>
    string Name { get; }

    /// <summary>The request for one user, or null with the reason when this transport cannot send the scenario.</summary>
    Func<TestUser, Task<CallResult>>? RequestFor(Scenario scenario, out string? unsupported);
}
