namespace Cluster.Domain.Policies;

public enum PolicyEffect
{
    Allow,
    Deny,
}
