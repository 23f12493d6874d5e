using Cluster.Protocol;
using Cluster.Protocol.AwsJson;
using Cluster.Silo.Hosting;
using Cluster.Silo.Telemetry;
using Microsoft.Extensions.Options;

try
{
    // Started from another folder (scripts, tests, containers), the host still reads the appsettings.json beside it.
    var startedElsewhere = !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"));
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = startedElsewhere ? AppContext.BaseDirectory : null });
    builder.AddClusterSilo();
    builder.AddIdentityServices();
    builder.AddServiceDefaults();
    builder.Services.AddAwsJsonProtocol();

    var app = builder.Build();
    app.UseMiddleware<RequestIdMiddleware>();
    app.MapServiceDefaults();
    app.MapAwsJsonProtocol();
    app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException exception)
{
    // A bad setting stops the host with one line naming it.
    await Console.Error.WriteLineAsync($"Configuration error: {string.Join(" ", exception.Failures)}");
    return 2;
}

/// <summary>The host's entry point; public so in-process protocol tests can start it.</summary>
public partial class Program;
