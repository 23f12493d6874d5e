using Cluster.Abstractions.Iam;
using Cluster.Domain.Policies;

namespace Cluster.Protocol.Authorization;

/// <summary>Who signed the request (the sealed session it carried) and what the role's policies decide.</summary>
public sealed record AuthorizationOutcome(SessionTokenContent Principal, PolicyDecision Decision);
