using Microsoft.Extensions.Options;

namespace Cluster.Silo.Hosting;

/// <summary>Keys must be 32 bytes of base64; outside the embedded default they must be given.</summary>
public sealed class SecurityOptionsValidator(StorageProvider provider) : IValidateOptions<SecurityOptions>
{
    public SecurityOptionsValidator()
        : this(StorageProvider.Embedded)
    {
    }

    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        var failures = new List<string>();
        CheckKey(failures, options.KeyEncryptionKey, "Security:KeyEncryptionKey (Security__KeyEncryptionKey)", required: provider != StorageProvider.Embedded);
        CheckKey(failures, options.TokenSealingKey, "Security:TokenSealingKey (Security__TokenSealingKey)", required: provider != StorageProvider.Embedded);
        CheckKey(failures, options.PreviousKeyEncryptionKey, "Security:PreviousKeyEncryptionKey (Security__PreviousKeyEncryptionKey)", required: false);
        CheckKey(failures, options.PreviousTokenSealingKey, "Security:PreviousTokenSealingKey (Security__PreviousTokenSealingKey)", required: false);
        if (options.PasswordHashMemoryKiB is < 1024 or > 1048576)
        {
            failures.Add("Security:PasswordHashMemoryKiB (Security__PasswordHashMemoryKiB) must be between 1024 and 1048576.");
        }

        if (options.BreachedPasswordFilterPath is { Length: > 0 } filter && !File.Exists(filter))
        {
            failures.Add($"Security:BreachedPasswordFilterPath (Security__BreachedPasswordFilterPath) names {filter}, which does not exist.");
        }

        if (options.PasswordHashIterations is < 1 or > 100)
        {
            failures.Add("Security:PasswordHashIterations (Security__PasswordHashIterations) must be between 1 and 100.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckKey(List<string> failures, string? value, string setting, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                failures.Add($"{setting} is required outside the embedded default: 32 random bytes in base64 (openssl rand -base64 32), the same on every silo.");
            }

            return;
        }

        var buffer = new byte[64];
        if (!Convert.TryFromBase64String(value, buffer, out var written) || written != 32)
        {
            failures.Add($"{setting} must be 32 bytes in base64 (openssl rand -base64 32).");
        }
    }
}
