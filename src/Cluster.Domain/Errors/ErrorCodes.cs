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
    public const string AliasExists = "AliasExistsException";
    public const string CodeDeliveryFailure = "CodeDeliveryFailureException";
    public const string CodeMismatch = "CodeMismatchException";
    public const string ConcurrentModification = "ConcurrentModificationException";
    public const string ExpiredCode = "ExpiredCodeException";
    public const string GroupExists = "GroupExistsException";
    public const string InvalidLambdaResponse = "InvalidLambdaResponseException";
    public const string InvalidOAuthFlow = "InvalidOAuthFlowException";
    public const string InvalidPassword = "InvalidPasswordException";
    public const string InvalidUserPoolConfiguration = "InvalidUserPoolConfigurationException";
    public const string OperationNotEnabled = "OperationNotEnabledException";
    public const string PasswordHistoryPolicyViolation = "PasswordHistoryPolicyViolationException";
    public const string PasswordResetRequired = "PasswordResetRequiredException";
    public const string RefreshTokenReuse = "RefreshTokenReuseException";
    public const string ScopeDoesNotExist = "ScopeDoesNotExistException";
    public const string TooManyFailedAttempts = "TooManyFailedAttemptsException";
    public const string UnsupportedOperation = "UnsupportedOperationException";
    public const string UnsupportedTokenType = "UnsupportedTokenTypeException";
    public const string UnsupportedUserState = "UnsupportedUserStateException";
    public const string UserNotConfirmed = "UserNotConfirmedException";
    public const string UserNotFound = "UserNotFoundException";
    public const string UsernameExists = "UsernameExistsException";
    public const string Unauthorized = "UnauthorizedException";
    public const string Forbidden = "ForbiddenException";
    public const string EnableSoftwareTokenMfa = "EnableSoftwareTokenMFAException";
    public const string SoftwareTokenMfaNotFound = "SoftwareTokenMFANotFoundException";
    public const string MfaMethodNotFound = "MFAMethodNotFoundException";
    public const string WebAuthnNotEnabled = "WebAuthnNotEnabledException";
    public const string WebAuthnConfigurationMissing = "WebAuthnConfigurationMissingException";
    public const string WebAuthnChallengeNotFound = "WebAuthnChallengeNotFoundException";
    public const string WebAuthnRelyingPartyMismatch = "WebAuthnRelyingPartyMismatchException";
    public const string WebAuthnClientMismatch = "WebAuthnClientMismatchException";
    public const string WebAuthnOriginNotAllowed = "WebAuthnOriginNotAllowedException";
    public const string WebAuthnCredentialNotSupported = "WebAuthnCredentialNotSupportedException";

    // cognito-identity
    public const string DeveloperUserAlreadyRegistered = "DeveloperUserAlreadyRegisteredException";
    public const string ExternalService = "ExternalServiceException";
    public const string InvalidIdentityPoolConfiguration = "InvalidIdentityPoolConfigurationException";
    public const string ResourceConflict = "ResourceConflictException";
}
