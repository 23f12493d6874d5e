using Microsoft.Extensions.Options;

namespace Cluster.Protocol.Throttling;

/// <summary>Rates are 0 (off) or positive, and a burst is at least one second's worth.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions options)
    {
        var failures = new List<string>();
        if (options.PerIpPerSecond < 0 || (options.PerIpPerSecond > 0 && options.PerIpBurst < options.PerIpPerSecond))
        {
            failures.Add("RateLimits:PerIpPerSecond (RateLimits__PerIpPerSecond) must be 0 or positive, and RateLimits:PerIpBurst at least as large.");
        }

        if (options.PerClientPerSecond < 0 || (options.PerClientPerSecond > 0 && options.PerClientBurst < options.PerClientPerSecond))
        {
            failures.Add("RateLimits:PerClientPerSecond (RateLimits__PerClientPerSecond) must be 0 or positive, and RateLimits:PerClientBurst at least as large.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
