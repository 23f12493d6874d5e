namespace Cluster.Grains.UserPools;

/// <summary>When pools' token-signing keys rotate, section <c>SigningKeys</c>.</summary>
public sealed class SigningKeyOptions
{
    public const string Section = "SigningKeys";

    /// <summary>Age at which a new key takes over signing. Default 90 days.</summary>
    public TimeSpan RotationPeriod { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long a replaced key stays in the JWKS: longer than any ID or access token lives (1 day max). Default 2 days.</summary>
    public TimeSpan RetiredKeyRetention { get; set; } = TimeSpan.FromDays(2);
}
