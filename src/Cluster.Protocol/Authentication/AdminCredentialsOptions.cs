namespace Cluster.Protocol.Authentication;

/// <summary>
/// The access key pair that may call admin operations (SigV4-signed), as IAM credentials do on AWS.
/// The defaults are for local use only and are documented in the README.
/// </summary>
public sealed class AdminCredentialsOptions
{
    public const string Section = "AdminCredentials";
    public const string LocalAccessKeyId = "AKIALOCALADMIN000000";
    public const string LocalSecretAccessKey = "local-admin-secret-change-me";

    /// <summary>Access key id admin callers sign with. Environment: <c>AdminCredentials__AccessKeyId</c>.</summary>
    public string AccessKeyId { get; set; } = LocalAccessKeyId;

    /// <summary>Secret of that key. Environment: <c>AdminCredentials__SecretAccessKey</c>.</summary>
    public string SecretAccessKey { get; set; } = LocalSecretAccessKey;

    /// <summary>How far a request's X-Amz-Date may be from this server's clock. Default 5 minutes, as AWS allows.</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public bool UsesLocalDefaults => AccessKeyId == LocalAccessKeyId || SecretAccessKey == LocalSecretAccessKey;
}
