using System.Net;
using Microsoft.Extensions.Options;

namespace Cluster.Silo.Hosting;

/// <summary>Names the silo setting to fix.</summary>
public sealed class SiloOptionsValidator : IValidateOptions<SiloOptions>
{
    public ValidateOptionsResult Validate(string? name, SiloOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add("Silo:ClusterId (Silo__ClusterId) must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceId))
        {
            failures.Add("Silo:ServiceId (Silo__ServiceId) must not be empty.");
        }

        if (options.SiloPort is < 1 or > 65535)
        {
            failures.Add("Silo:SiloPort (Silo__SiloPort) must be a port number from 1 to 65535.");
        }

        if (options.GatewayPort is < 1 or > 65535 || options.GatewayPort == options.SiloPort)
        {
            failures.Add("Silo:GatewayPort (Silo__GatewayPort) must be a port number from 1 to 65535, different from Silo:SiloPort.");
        }

        if (!IPAddress.TryParse(options.AdvertisedAddress, out _))
        {
            failures.Add("Silo:AdvertisedAddress (Silo__AdvertisedAddress) must be an IP address.");
        }

        if (options.ShutdownDrainDelay < TimeSpan.Zero || options.ShutdownDrainDelay > TimeSpan.FromMinutes(5))
        {
            failures.Add("Silo:ShutdownDrainDelay (Silo__ShutdownDrainDelay) must be a time span from 00:00:00 to 00:05:00.");
        }

        // Orleans checks for idle grains once a minute, so a shorter age would not be honoured.
        if (options.GrainCollectionAge < TimeSpan.FromMinutes(2) || options.GrainCollectionAge > TimeSpan.FromDays(1))
        {
            failures.Add("Silo:GrainCollectionAge (Silo__GrainCollectionAge) must be a time span from 00:02:00 to 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
