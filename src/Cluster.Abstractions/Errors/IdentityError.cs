using Cluster.Domain.Errors;

namespace Cluster.Abstractions.Errors;

/// <summary>An expected failure with its wire error name (e.g. <c>NotAuthorizedException</c>) and message.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IdentityError")]
public sealed record IdentityError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message)
{
    public static IdentityError From(RuleViolation violation) => new(violation.Code, violation.Message);

    public static IdentityError NotFound(string message) => new(ErrorCodes.ResourceNotFound, message);

    public static IdentityError InvalidParameter(string message) => new(ErrorCodes.InvalidParameter, message);
}
