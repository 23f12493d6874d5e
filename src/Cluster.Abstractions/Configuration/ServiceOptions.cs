namespace Cluster.Abstractions.Configuration;

/// <summary>Where this deployment says it runs: the region in ids and ARNs, and the account id in ARNs.</summary>
public sealed class ServiceOptions
{
    public const string Section = "Service";

    /// <summary>AWS-style region name used in pool ids and ARNs. Default <c>us-east-1</c>.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>Twelve-digit account id used in ARNs. Default <c>000000000000</c>.</summary>
    public string AccountId { get; set; } = "000000000000";

    /// <summary>
    /// The URL clients use to reach this service, for token issuers and discovery documents
    /// (e.g. <c>https://auth.example.com</c>). Default: the first address the host listens on.
    /// </summary>
    public string? PublicBaseUrl { get; set; }
}
