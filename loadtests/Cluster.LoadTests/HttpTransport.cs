namespace Cluster.LoadTests;

/// <summary>The wire, as apps use it: AWS JSON 1.1 over HTTP; every scenario works.</summary>
public sealed class HttpTransport(AwsJsonClient client) : ILoadTransport
{
    public string Name => "http";

    public Func<TestUser, Task<CallResult>>? RequestFor(Scenario scenario, out string? unsupported)
    {
        unsupported = null;
        if (scenario.Steps is { } steps)
        {
            return user => Checked(scenario, steps(user, client));
        }

        return user => Checked(scenario, client.CallAsync(scenario.Operation, scenario.Body(user), CancellationToken.None));
    }

    /// <summary>A 200 must carry what the operation promises: a cheap check that the reply is the real thing.</summary>
    private static async Task<CallResult> Checked(Scenario scenario, Task<CallResult> call)
    {
        var result = await call;
        return result.IsSuccess && result.Body.AsSpan().IndexOf(scenario.SuccessMarker) < 0
            ? result with { ErrorType = "unexpected reply (200 without the expected field)" }
            : result;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
