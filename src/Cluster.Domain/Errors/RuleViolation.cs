namespace Cluster.Domain.Errors;

/// <summary>A broken rule, named by its wire error code so every layer reports it the same way.</summary>
public sealed record RuleViolation(string Code, string Message)
{
    public static RuleViolation InvalidParameter(string message) => new(ErrorCodes.InvalidParameter, message);

    public static RuleViolation NotFound(string message) => new(ErrorCodes.ResourceNotFound, message);
}
