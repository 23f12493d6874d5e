using Cluster.LoadTests;

var options = LoadOptions.Parse(args, out var error);
if (options is null)
{
    // An empty error means --help was asked for.
    if (!string.IsNullOrEmpty(error))
    {
        Console.Error.WriteLine(error);
    }

    Console.Error.WriteLine(LoadOptions.Usage);
    return string.IsNullOrEmpty(error) ? 0 : 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the run and still reports what was measured.
    e.Cancel = true;
    stop.Cancel();
};

return options.Command switch
{
    "baseline" => CryptoBaseline.Run(options),
    "compare" => await CompareRunner.RunAsync(options, stop.Token),
    "seed" => await Seeder.RunAsync(options, stop.Token),
    "active" => await ActiveUsers.RunAsync(options, stop.Token),
    _ => await LoadDriver.RunAsync(options, stop.Token),
};
