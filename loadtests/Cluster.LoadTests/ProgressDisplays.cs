using Spectre.Console;

namespace Cluster.LoadTests;

/// <summary>Picks the progress display: a live table only on an interactive terminal (or --live on), so CI logs stay plain.</summary>
public static class ProgressDisplays
{
    /// <summary>Plain lines come this often: a line a second per stream would bury the results in CI logs.</summary>
    private const double PlainEverySeconds = 5;

    public static IProgressDisplay For(LoadOptions options)
    {
        var live = options.Live switch
        {
            "on" => true,
            "off" => false,
            _ => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive,
        };
        return live ? new LiveProgressDisplay() : new PlainProgressDisplay(PlainEverySeconds);
    }
}
