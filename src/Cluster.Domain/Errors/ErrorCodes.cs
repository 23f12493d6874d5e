namespace Cluster.Domain.Errors;

/// <summary>Wire error names, exactly as the AWS service models spell them.</summary>
public static class ErrorCodes
{
    public const string InvalidParameter = "InvalidParameterException";
    public const string ResourceNotFound = "ResourceNotFoundException";
    public const string NotAuthorized = "NotAuthorizedException";
    public const string LimitExceeded = "LimitExceededException";
    public const string TooManyRequests = "TooManyRequestsException";
    public const string InternalError = "InternalErrorException";
    public const string UnknownOperation = "UnknownOperationException";
    public const string Serialization = "SerializationException";
    public const string UserPoolTagging = "UserPoolTaggingException";
    public const string MissingAuthenticationToken = "MissingAuthenticationTokenException";
    public const string InvalidSignature = "InvalidSignatureException";
    public const string UnrecognizedClient = "UnrecognizedClientException";
    public const string IncompleteSignature = "IncompleteSignatureException";
}
