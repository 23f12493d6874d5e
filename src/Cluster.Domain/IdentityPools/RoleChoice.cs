namespace Cluster.Domain.IdentityPools;

/// <summary>The role an identity pool picked for a request, or why it picked none (a wire error name and message).</summary>
public sealed record RoleChoice(string? RoleArn, string? ErrorCode, string? ErrorMessage)
{
    public static RoleChoice Of(string roleArn) => new(roleArn, null, null);

    public static RoleChoice Fail(string code, string message) => new(null, code, message);
}
