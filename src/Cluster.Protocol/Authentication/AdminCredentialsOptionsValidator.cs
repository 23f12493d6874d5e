using Microsoft.Extensions.Options;

namespace Cluster.Protocol.Authentication;

/// <summary>Rejects admin credentials that could not be used to sign a request.</summary>
public sealed class AdminCredentialsOptionsValidator : IValidateOptions<AdminCredentialsOptions>
{
    public ValidateOptionsResult Validate(string? name, AdminCredentialsOptions options)
    {
        var failures = new List<string>();
        if (options.AccessKeyId is not { Length: >= 16 and <= 128 } || !options.AccessKeyId.All(char.IsAsciiLetterOrDigit))
        {
            failures.Add("AdminCredentials:AccessKeyId (AdminCredentials__AccessKeyId) must be 16 to 128 letters and digits.");
        }

        if (options.SecretAccessKey is not { Length: >= 16 })
        {
            failures.Add("AdminCredentials:SecretAccessKey (AdminCredentials__SecretAccessKey) must be at least 16 characters.");
        }

        if (options.MaxClockSkew <= TimeSpan.Zero || options.MaxClockSkew > TimeSpan.FromMinutes(15))
        {
            failures.Add("AdminCredentials:MaxClockSkew must be between 00:00:01 and 00:15:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
