using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>
/// The silo as a real child process (<c>dotnet Cluster.Silo.dll</c>), as an operator runs it: started with environment
/// settings, ready when <c>/health/ready</c> says 200, stopped with SIGTERM or killed with SIGKILL.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Settings inherited from the test runner's environment that would change what the silo does.</summary>
    private static readonly string[] InheritedPrefixes =
        ["Storage__", "Silo__", "Service__", "Security__", "AdminCredentials__", "ASPNETCORE_", "DOTNET_URLS", "Urls", "OTEL_", "KUBERNETES_SERVICE_HOST"];

    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly Process process;
    private readonly ITestOutputHelper? log;

    private SiloProcess(Process process, SiloSettings settings, ITestOutputHelper? log)
    {
        this.process = process;
        this.log = log;
        Settings = settings;
    }

    public SiloSettings Settings { get; }

    public ProcessOutput Output { get; } = new();

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts the silo; it is not ready yet (see <see cref="WaitReadyAsync"/>).</summary>
    public static SiloProcess Start(SiloSettings settings, ITestOutputHelper? log = null)
    {
        var dll = RepositoryLayout.SiloDll();
        var start = new ProcessStartInfo("dotnet")
        {
            // Relative defaults such as ./data must never land in the repository.
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var key in start.Environment.Keys.Where(k => InheritedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in settings.Environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"dotnet {dll} did not start.");
        ChildProcesses.Track(process);
        var silo = new SiloProcess(process, settings, log);
        silo.Output.Attach(process);
        silo.log?.WriteLine($"silo pid {process.Id} on {settings.Endpoint} (silo port {settings.SiloPort}, gateway {settings.GatewayPort})");
        return silo;
    }

    /// <summary>Starts the silo and waits until it is ready.</summary>
    public static async Task<SiloProcess> StartReadyAsync(SiloSettings settings, ITestOutputHelper? log = null)
    {
        var silo = Start(settings, log);
        try
        {
            await silo.WaitReadyAsync();
            return silo;
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    /// <summary>Polls <c>/health/ready</c> until it answers 200; fails early, with the silo's output, if the process exits.</summary>
    public async Task WaitReadyAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        var ready = new Uri(Settings.Endpoint, "health/ready");
        var last = "no answer yet";
        while (stopwatch.Elapsed < ReadyTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The silo exited with code {process.ExitCode} before it was ready:\n{Output.Tail()}");
            }

            try
            {
                using var response = await Probe.GetAsync(ready);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    log?.WriteLine($"silo pid {process.Id} ready after {stopwatch.Elapsed.TotalSeconds:F1} s");
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException exception)
            {
                last = exception.Message;
            }
            catch (TaskCanceledException)
            {
                last = "the probe timed out";
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The silo was not ready within {ReadyTimeout.TotalSeconds} s (last probe: {last}):\n{Output.Tail()}");
    }

    /// <summary>Graceful stop as an orchestrator does it: SIGTERM, then wait for the exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!process.HasExited)
        {
            var stopwatch = Stopwatch.StartNew();
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(StopTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The silo did not stop within {StopTimeout.TotalSeconds} s of SIGTERM:\n{Output.Tail()}");
            }

            log?.WriteLine($"silo pid {process.Id} stopped with code {process.ExitCode} {stopwatch.Elapsed.TotalSeconds:F1} s after SIGTERM");
        }

        return process.ExitCode;
    }

    /// <summary>kill -9: no shutdown code runs, nothing is flushed.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            log?.WriteLine($"silo pid {process.Id} killed");
        }
    }

    /// <summary>Waits for the process to end by itself (a bad setting must stop it).</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        ChildProcesses.Forget(process);
        process.Dispose();
    }
}
