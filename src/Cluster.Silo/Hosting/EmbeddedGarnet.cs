using Garnet;

namespace Cluster.Silo.Hosting;

/// <summary>
/// Garnet running inside the silo process as a durable Redis-protocol store: every write is committed to the
/// append-only file before it is acknowledged, and the file is replayed at start, so a kill -9 loses nothing.
/// </summary>
public sealed partial class EmbeddedGarnet(string dataPath, int port, ILoggerFactory loggers) : IHostedService, IDisposable
{
    private readonly ILogger logger = loggers.CreateLogger<EmbeddedGarnet>();
    private GarnetServer? server;

    public int Port { get; } = port;

    public string DataPath { get; } = Path.GetFullPath(dataPath);

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataPath);
        string[] args =
        [
            "--bind", "127.0.0.1",
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--lua",                              // Orleans' Redis provider writes with scripts
            "--aof", "--aof-commit-freq", "0",    // commit the append-only file on every write
            "--recover",                          // replay it at start
            "--checkpointdir", DataPath,
            "--device-type", "RandomAccess",      // the default device needs libaio
            // Records past the in-memory log go to disk, not away: without tiering Garnet drops the oldest
            // records once the log outgrows --memory (seen at about 500,000 users: writes then failed).
            "--storage-tier", "--logdir", Path.Combine(DataPath, "log"),
            "--memory", "512m",
            "--index", "64m",
        ];
        server = new GarnetServer(args, loggerFactory: null, cleanupDir: false);
        server.Start();
        LogStarted(logger, Port, DataPath);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        var running = Interlocked.Exchange(ref server, null);
        try
        {
            running?.Dispose();
        }
        catch (ObjectDisposedException)
        {
            // With --storage-tier, Garnet's store disposes its epoch's CancellationTokenSource twice and the second
            // Cancel throws. Every write was already committed to the append-only file, so nothing is lost here.
        }
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Embedded Garnet store on 127.0.0.1:{Port}, data in {DataPath}")]
    private static partial void LogStarted(ILogger logger, int port, string dataPath);
}
