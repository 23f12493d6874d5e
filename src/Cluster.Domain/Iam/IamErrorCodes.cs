namespace Cluster.Domain.Iam;

/// <summary>IAM's wire error codes (the <c>error.code</c> of the model's error shapes), as the Query protocol writes them.</summary>
public static class IamErrorCodes
{
    public const string NoSuchEntity = "NoSuchEntity";
    public const string EntityAlreadyExists = "EntityAlreadyExists";
    public const string MalformedPolicyDocument = "MalformedPolicyDocument";
    public const string DeleteConflict = "DeleteConflict";
    public const string InvalidInput = "InvalidInput";
    public const string LimitExceeded = "LimitExceeded";
}
