namespace Cluster.Silo.Hosting;

/// <summary>
/// A pause in a graceful silo stop, after the silo has told the cluster it is shutting down and deactivated its
/// grains, before it starts refusing grain calls. Other silos learn of the shutdown by gossip; until they do they
/// may still send calls here, which the silo now forwards to the grains' new activations instead of rejecting.
/// </summary>
public sealed class GrainHandoffPause : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>Long enough for membership gossip to reach every silo on a busy host.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(GrainHandoffPause), ServiceLifecycleStage.BecomeActive - 1, _ => Task.CompletedTask, StopAsync);

    private static async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Pause, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The stop is no longer graceful: go on at once.
        }
    }
}
