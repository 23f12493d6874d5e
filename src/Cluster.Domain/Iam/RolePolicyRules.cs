using Cluster.Domain.Errors;
using Cluster.Domain.Policies;

namespace Cluster.Domain.Iam;

/// <summary>
/// What IAM checks of a role's policies before storing them: the document parses, a trust policy names a
/// principal and no resource, a permission policy names no principal, and both stay within IAM's size quotas.
/// </summary>
public static class RolePolicyRules
{
    /// <summary>IAM's default quota on a trust policy (ACLSizePerRole), counted without white space.</summary>
    public const int MaxTrustPolicySize = 2_048;

    /// <summary>IAM's quota on all inline policies of one role together, counted without white space.</summary>
    public const int MaxInlinePoliciesSize = PolicyDocument.MaxInlineRolePolicySize;

    /// <summary>The model's largest policy document; larger text is not even parsed.</summary>
    private const int MaxDocumentLength = 131_072;

    public static RuleViolation? CheckTrustPolicy(string json)
    {
        var (document, error) = PolicyDocument.Parse(json, MaxDocumentLength);
        if (document is null)
        {
            return Malformed(error!);
        }

        foreach (var statement in document.Statements)
        {
            if (statement.Principal is null && statement.NotPrincipal is null)
            {
                return Malformed("Missing required field Principal");
            }

            if (statement.Resources is not null || statement.NotResources is not null)
            {
                return Malformed("Has prohibited field Resource");
            }
        }

        var size = PolicyDocument.MeasureSize(json);
        return size > MaxTrustPolicySize
            ? new RuleViolation(IamErrorCodes.LimitExceeded, $"Cannot exceed quota for ACLSizePerRole: {MaxTrustPolicySize}")
            : null;
    }

    /// <param name="otherPoliciesSize">The size of the role's other inline policies, which count against the same quota.</param>
    public static RuleViolation? CheckPermissionPolicy(string roleName, string json, int otherPoliciesSize)
    {
        var (document, error) = PolicyDocument.Parse(json, MaxDocumentLength);
        if (document is null)
        {
            return Malformed(error!);
        }

        if (document.Statements.Any(s => s.Principal is not null || s.NotPrincipal is not null))
        {
            return Malformed("Policy document should not specify a principal.");
        }

        return otherPoliciesSize + PolicyDocument.MeasureSize(json) > MaxInlinePoliciesSize
            ? new RuleViolation(IamErrorCodes.LimitExceeded, $"Maximum policy size of {MaxInlinePoliciesSize} bytes exceeded for role {roleName}")
            : null;
    }

    private static RuleViolation Malformed(string message) => new(IamErrorCodes.MalformedPolicyDocument, message);
}
