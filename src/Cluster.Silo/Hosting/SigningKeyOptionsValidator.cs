using Cluster.Grains.UserPools;
using Microsoft.Extensions.Options;

namespace Cluster.Silo.Hosting;

/// <summary>A retired key must outlive every token it signed (a day at most).</summary>
public sealed class SigningKeyOptionsValidator : IValidateOptions<SigningKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, SigningKeyOptions options)
    {
        var failures = new List<string>();
        if (options.RotationPeriod < TimeSpan.FromDays(1))
        {
            failures.Add("SigningKeys:RotationPeriod (SigningKeys__RotationPeriod) must be at least 1.00:00:00.");
        }

        if (options.RetiredKeyRetention < TimeSpan.FromDays(1))
        {
            failures.Add("SigningKeys:RetiredKeyRetention (SigningKeys__RetiredKeyRetention) must be at least 1.00:00:00, longer than any token lives.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
