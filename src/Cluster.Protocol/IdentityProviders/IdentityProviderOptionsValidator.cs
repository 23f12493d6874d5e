using Microsoft.Extensions.Options;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>Times positive and bounded, URLs absolute and https unless insecure HTTP is allowed, sizes sane.</summary>
public sealed class IdentityProviderOptionsValidator : IValidateOptions<IdentityProviderOptions>
{
    public ValidateOptionsResult Validate(string? name, IdentityProviderOptions options)
    {
        var failures = new List<string>();
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add("IdentityProviders:ClockSkew (IdentityProviders__ClockSkew) must be between 00:00:00 and 00:10:00.");
        }

        if (options.HttpTimeout <= TimeSpan.Zero || options.HttpTimeout > TimeSpan.FromMinutes(2))
        {
            failures.Add("IdentityProviders:HttpTimeout (IdentityProviders__HttpTimeout) must be positive and at most 00:02:00.");
        }

        if (options.MaxResponseBytes < 16 * 1024 || options.MaxResponseBytes > 16 * 1024 * 1024)
        {
            failures.Add("IdentityProviders:MaxResponseBytes (IdentityProviders__MaxResponseBytes) must be between 16384 and 16777216.");
        }

        if (options.MetadataRefreshInterval < TimeSpan.FromMinutes(5))
        {
            failures.Add("IdentityProviders:MetadataRefreshInterval (IdentityProviders__MetadataRefreshInterval) must be at least 00:05:00.");
        }

        if (options.KeyRefreshMinimumInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add("IdentityProviders:KeyRefreshMinimumInterval (IdentityProviders__KeyRefreshMinimumInterval) must be at least 00:00:01.");
        }

        if (options.MaxSamlResponseBytes < 1024 || options.MaxSamlResponseBytes > 4 * 1024 * 1024)
        {
            failures.Add("IdentityProviders:MaxSamlResponseBytes (IdentityProviders__MaxSamlResponseBytes) must be between 1024 and 4194304.");
        }

        if (string.IsNullOrWhiteSpace(options.SamlAudience))
        {
            failures.Add("IdentityProviders:SamlAudience (IdentityProviders__SamlAudience) must not be empty.");
        }

        CheckUrl(failures, options, nameof(options.GoogleIssuer), options.GoogleIssuer);
        CheckUrl(failures, options, nameof(options.AppleIssuer), options.AppleIssuer);
        CheckUrl(failures, options, nameof(options.FacebookGraphUrl), options.FacebookGraphUrl);
        CheckUrl(failures, options, nameof(options.AmazonApiUrl), options.AmazonApiUrl);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(List<string> failures, IdentityProviderOptions options, string key, string value)
    {
        var valid = Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && options.AllowInsecureHttp))
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
        if (!valid)
        {
            failures.Add($"IdentityProviders:{key} (IdentityProviders__{key}) must be an absolute https URL without query (http only with IdentityProviders:AllowInsecureHttp).");
        }
    }
}
