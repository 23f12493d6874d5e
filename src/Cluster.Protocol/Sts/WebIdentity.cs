namespace Cluster.Protocol.Sts;

/// <summary>A verified web identity token: the federated provider it names in trust policies, who, for whom, and its claims.</summary>
public sealed record WebIdentity(string Provider, string Subject, string Audience, IReadOnlyDictionary<string, string[]> Claims);
