using System.Text.RegularExpressions;
using Cluster.Abstractions.Configuration;
using Microsoft.Extensions.Options;

namespace Cluster.Silo.Hosting;

/// <summary>Region and account id must look like AWS's: they appear in every pool id and ARN.</summary>
public sealed partial class ServiceOptionsValidator : IValidateOptions<ServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceOptions options)
    {
        var failures = new List<string>();
        if (options.Region is null || !RegionPattern().IsMatch(options.Region))
        {
            failures.Add("Service:Region (Service__Region) must be a region name such as us-east-1.");
        }

        if (options.AccountId is null || !AccountPattern().IsMatch(options.AccountId))
        {
            failures.Add("Service:AccountId (Service__AccountId) must be twelve digits.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]$")]
    private static partial Regex RegionPattern();

    [GeneratedRegex("^[0-9]{12}$")]
    private static partial Regex AccountPattern();
}
