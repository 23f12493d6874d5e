using Cluster.Domain.Policies;
using static Cluster.Domain.Tests.Policies.PolicyFixtures;

namespace Cluster.Domain.Tests.Policies;

public sealed class SetQualifierTests
{
    private const string Table = "arn:aws:dynamodb:us-east-1:123456789012:table/GameScores";

    private const string FineGrainedPolicy = """
        {
          "Version": "2012-10-17",
          "Statement": {
            "Effect": "Allow",
            "Action": ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:PutItem"],
            "Resource": "arn:aws:dynamodb:us-east-1:123456789012:table/GameScores",
            "Condition": {"ForAllValues:StringEquals": {"dynamodb:LeadingKeys": ["${cognito-identity.amazonaws.com:sub}"]}}
          }
        }
        """;

    [Theory]
    [InlineData(OwnerSub, PolicyDecision.Allow)]
    [InlineData(OwnerSub + "|" + OwnerSub, PolicyDecision.Allow)]
    [InlineData(OwnerSub + "|" + OtherSub, PolicyDecision.ImplicitDeny)]
    [InlineData(OtherSub, PolicyDecision.ImplicitDeny)]
    // ForAllValues is true over an empty set: AWS's documented pitfall, kept as AWS has it.
    [InlineData("", PolicyDecision.Allow)]
    [InlineData(null, PolicyDecision.Allow)]
    public void Evaluate_ForAllValuesOnLeadingKeys_AllowsOnlyOwnPartition(string? leadingKeys, PolicyDecision expected)
    {
        (string, string)[] keys = leadingKeys is null
            ? [("cognito-identity.amazonaws.com:sub", OwnerSub)]
            : [("cognito-identity.amazonaws.com:sub", OwnerSub), ("dynamodb:LeadingKeys", leadingKeys)];

        Assert.Equal(expected, Evaluate(FineGrainedPolicy, Context("dynamodb:Query", Table, keys)));
    }

    [Fact]
    public void Evaluate_ForAllValuesWithUnresolvedSub_DeniesAnyLeadingKey()
    {
        var context = Context("dynamodb:GetItem", Table, ("dynamodb:LeadingKeys", OwnerSub));

        Assert.Equal(PolicyDecision.ImplicitDeny, Evaluate(FineGrainedPolicy, context));
    }

    [Theory]
    [InlineData("authenticated|cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12", PolicyDecision.Allow)]
    [InlineData("cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12|authenticated", PolicyDecision.Allow)]
    [InlineData("unauthenticated", PolicyDecision.ImplicitDeny)]
    [InlineData("", PolicyDecision.ImplicitDeny)]
    [InlineData(null, PolicyDecision.ImplicitDeny)]
    public void Evaluate_ForAnyValueOnAmr_RequiresAuthenticated(string? amr, PolicyDecision expected)
    {
        const string condition = """{"ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}}""";

        Assert.Equal(expected, Evaluate(AllowAllWhen(condition), Context("s3:GetObject", "arn:aws:s3:::b/k", "cognito-identity.amazonaws.com:amr", amr)));
    }

    [Theory]
    [InlineData(null, PolicyDecision.Allow)]
    [InlineData("unauthenticated", PolicyDecision.ImplicitDeny)]
    public void Evaluate_ForAnyValueIfExists_PassesOnlyWhenKeyMissing(string? amr, PolicyDecision expected)
    {
        const string condition = """{"ForAnyValue:StringEqualsIfExists": {"cognito-identity.amazonaws.com:amr": "authenticated"}}""";

        Assert.Equal(expected, Evaluate(AllowAllWhen(condition), Context("s3:GetObject", "arn:aws:s3:::b/k", "cognito-identity.amazonaws.com:amr", amr)));
    }

    [Theory]
    [InlineData("PostDateTime|Message", PolicyDecision.Allow)]
    [InlineData("PostDateTime|UserName", PolicyDecision.ImplicitDeny)]
    public void Evaluate_ForAllValuesStringLike_RequiresEveryRequestedAttributeListed(string attributes, PolicyDecision expected)
    {
        const string condition = """{"ForAllValues:StringLike": {"dynamodb:Attributes": ["PostDateTime", "Message", "Tags"]}}""";

        Assert.Equal(expected, Evaluate(AllowAllWhen(condition), Context("dynamodb:GetItem", Table, "dynamodb:Attributes", attributes)));
    }

    [Theory]
    [InlineData("UserName|Message|PostDateTime", PolicyDecision.ExplicitDeny)]
    [InlineData("UserName", PolicyDecision.Allow)]
    public void Evaluate_DenyWithForAnyValue_DeniesWhenAnyForbiddenAttributeRequested(string attributes, PolicyDecision expected)
    {
        const string policy = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Action": "dynamodb:PutItem", "Resource": "*"},
                {
                  "Effect": "Deny",
                  "Action": "dynamodb:PutItem",
                  "Resource": "arn:aws:dynamodb:us-east-1:123456789012:table/GameScores",
                  "Condition": {"ForAnyValue:StringLike": {"dynamodb:Attributes": ["ID", "PostDateTime"]}}
                }
              ]
            }
            """;

        Assert.Equal(expected, Evaluate(policy, Context("dynamodb:PutItem", Table, "dynamodb:Attributes", attributes)));
    }

    [Theory]
    [InlineData("ForAnyValue:StringNotEquals", "a|x", PolicyDecision.Allow)]
    [InlineData("ForAnyValue:StringNotEquals", "a|b", PolicyDecision.ImplicitDeny)]
    [InlineData("ForAllValues:StringNotEquals", "x|y", PolicyDecision.Allow)]
    [InlineData("ForAllValues:StringNotEquals", "x|a", PolicyDecision.ImplicitDeny)]
    [InlineData("StringEquals", "x|a", PolicyDecision.Allow)]
    [InlineData("StringEquals", "x|y", PolicyDecision.ImplicitDeny)]
    [InlineData("StringNotEquals", "x|a", PolicyDecision.ImplicitDeny)]
    [InlineData("StringNotEquals", "x|y", PolicyDecision.Allow)]
    public void Evaluate_OperatorsOnMultiValuedKey_ApplyPerValue(string op, string tagKeys, PolicyDecision expected)
    {
        var condition = $$$"""{"{{{op}}}": {"aws:TagKeys": ["a", "b"]}}""";

        Assert.Equal(expected, Evaluate(AllowAllWhen(condition), Context("svc:Tag", "arn:aws:svc:::thing", "aws:TagKeys", tagKeys)));
    }
}
