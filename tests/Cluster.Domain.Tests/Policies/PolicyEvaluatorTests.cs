using Cluster.Domain.Policies;
using static Cluster.Domain.Tests.Policies.PolicyFixtures;

namespace Cluster.Domain.Tests.Policies;

public sealed class PolicyEvaluatorTests
{
    private const string SubKey = "cognito-identity.amazonaws.com:sub";

    private const string PhotoPolicy = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": ["s3:GetObject", "s3:PutObject"],
              "Resource": "arn:aws:s3:::photos/${cognito-identity.amazonaws.com:sub}/*"
            }
          ]
        }
        """;

    [Theory]
    [InlineData("s3:GetObject", "arn:aws:s3:::photos/" + OwnerSub + "/cat.jpg", PolicyDecision.Allow)]
    [InlineData("s3:PutObject", "arn:aws:s3:::photos/" + OwnerSub + "/album/dog.jpg", PolicyDecision.Allow)]
    [InlineData("s3:GetObject", "arn:aws:s3:::photos/" + OtherSub + "/cat.jpg", PolicyDecision.ImplicitDeny)]
    [InlineData("s3:GetObject", "arn:aws:s3:::photos/" + OwnerSub, PolicyDecision.ImplicitDeny)]
    [InlineData("s3:DeleteObject", "arn:aws:s3:::photos/" + OwnerSub + "/cat.jpg", PolicyDecision.ImplicitDeny)]
    [InlineData("s3:GetObject", "arn:aws:s3:::other/" + OwnerSub + "/cat.jpg", PolicyDecision.ImplicitDeny)]
    public void Evaluate_PhotoPolicyWithSubVariable_AllowsOnlyOwnPrefix(string action, string resource, PolicyDecision expected)
    {
        var context = Context(action, resource, SubKey, OwnerSub);

        Assert.Equal(expected, Evaluate(PhotoPolicy, context));
    }

    [Fact]
    public void Evaluate_VariableWithNoValue_ResourceMatchesNothing()
    {
        var context = new RequestContext("s3:GetObject", "arn:aws:s3:::photos//cat.jpg");

        Assert.Equal(PolicyDecision.ImplicitDeny, Evaluate(PhotoPolicy, context));
    }

    [Fact]
    public void Evaluate_VariableWithSeveralValues_CountsAsNoValue()
    {
        // One resource string cannot take a multi-valued key; IAM leaves such a variable unresolved.
        var context = Context("s3:GetObject", "arn:aws:s3:::photos/" + OwnerSub + "/cat.jpg", SubKey, OwnerSub + "|" + OtherSub);

        Assert.Equal(PolicyDecision.ImplicitDeny, Evaluate(PhotoPolicy, context));
    }

    [Fact]
    public void Evaluate_SubContainingWildcard_MatchesOnlyLiterally()
    {
        // A request value substituted into the policy must never widen it.
        var context = Context("s3:GetObject", "arn:aws:s3:::photos/alice/cat.jpg", SubKey, "*");

        Assert.Equal(PolicyDecision.ImplicitDeny, Evaluate(PhotoPolicy, context));
        Assert.Equal(PolicyDecision.Allow, Evaluate(PhotoPolicy, context with { Resource = "arn:aws:s3:::photos/*/cat.jpg" }));
    }

    [Fact]
    public void Evaluate_ContextKeyInOtherCase_StillSubstitutes()
    {
        var context = Context("s3:GetObject", "arn:aws:s3:::photos/" + OwnerSub + "/cat.jpg", "COGNITO-IDENTITY.amazonaws.com:SUB", OwnerSub);

        Assert.Equal(PolicyDecision.Allow, Evaluate(PhotoPolicy, context));
    }

    [Theory]
    [InlineData("2012-10-17", "arn:aws:s3:::photos/alice/cat.jpg", PolicyDecision.Allow)]
    [InlineData("2012-10-17", "arn:aws:s3:::photos/${aws:username}/cat.jpg", PolicyDecision.ImplicitDeny)]
    [InlineData("2008-10-17", "arn:aws:s3:::photos/alice/cat.jpg", PolicyDecision.ImplicitDeny)]
    [InlineData("2008-10-17", "arn:aws:s3:::photos/${aws:username}/cat.jpg", PolicyDecision.Allow)]
    public void Evaluate_PolicyVersion_SubstitutesOnlyIn2012(string version, string resource, PolicyDecision expected)
    {
        var policy = $$$"""
            {"Version": "{{{version}}}", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::photos/${aws:username}/*"}}
            """;

        Assert.Equal(expected, Evaluate(policy, Context("s3:GetObject", resource, "aws:username", "alice")));
    }

    [Theory]
    [InlineData(null, "arn:aws:s3:::home/anonymous/f", PolicyDecision.Allow)]
    [InlineData("alice", "arn:aws:s3:::home/alice/f", PolicyDecision.Allow)]
    [InlineData("alice", "arn:aws:s3:::home/anonymous/f", PolicyDecision.ImplicitDeny)]
    public void Evaluate_VariableWithDefault_UsesDefaultOnlyWhenKeyAbsent(string? userId, string resource, PolicyDecision expected)
    {
        const string policy = """
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:userid, 'anonymous'}/*"}}
            """;

        Assert.Equal(expected, Evaluate(policy, Context("s3:GetObject", resource, "aws:userid", userId)));
    }

    [Theory]
    [InlineData("arn:aws:s3:::b/a*b?c$d", PolicyDecision.Allow)]
    [InlineData("arn:aws:s3:::b/aXbYcZd", PolicyDecision.ImplicitDeny)]
    [InlineData("arn:aws:s3:::b/a*bXc$d", PolicyDecision.ImplicitDeny)]
    [InlineData("arn:aws:s3:::b/aXb?c$d", PolicyDecision.ImplicitDeny)]
    [InlineData("arn:aws:s3:::b/a*b?c$", PolicyDecision.ImplicitDeny)]
    public void Evaluate_SpecialCharacterVariables_MatchLiterally(string resource, PolicyDecision expected)
    {
        const string policy = """
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/a${*}b${?}c${$}d"}}
            """;

        Assert.Equal(expected, Evaluate(policy, new RequestContext("s3:GetObject", resource)));
    }

    [Theory]
    [InlineData("s3:GetObject", PolicyDecision.Allow)]
    [InlineData("s3:getobject", PolicyDecision.Allow)]
    [InlineData("S3:GetObjectAcl", PolicyDecision.Allow)]
    [InlineData("s3:ListBucket", PolicyDecision.Allow)]
    [InlineData("s3:ListBuckets", PolicyDecision.ImplicitDeny)]
    [InlineData("s3:PutObject", PolicyDecision.ImplicitDeny)]
    [InlineData("dynamodb:GetItem", PolicyDecision.ImplicitDeny)]
    public void Evaluate_WildcardActions_MatchCaseInsensitively(string action, PolicyDecision expected)
    {
        const string policy = """
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": ["s3:Get*", "s3:List?ucket"], "Resource": "*"}}
            """;

        Assert.Equal(expected, Evaluate(policy, new RequestContext(action, "arn:aws:s3:::bucket/key")));
    }

    [Theory]
    [InlineData("arn:aws:s3:::Photos/key", PolicyDecision.ImplicitDeny)]
    [InlineData("arn:aws:s3:::photos/key", PolicyDecision.Allow)]
    [InlineData("arn:aws:dynamodb:us-east-1:123456789012:table/Photos", PolicyDecision.Allow)]
    [InlineData("arn:aws:dynamodb:us-east-1:123456789012:table/Photos/index/ByDate", PolicyDecision.ImplicitDeny)]
    [InlineData("arn:aws:dynamodb:us-east-1:123456789012:table:Photos", PolicyDecision.ImplicitDeny)]
    [InlineData("arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:1", PolicyDecision.Allow)]
    [InlineData("arn:aws:logs:us-east-1:999999999999:log-group:app:log-stream:1", PolicyDecision.ImplicitDeny)]
    public void Evaluate_ResourceArns_MatchCaseSensitivelyBySegment(string resource, PolicyDecision expected)
    {
        const string policy = """
            {
              "Version": "2012-10-17",
              "Statement": {
                "Effect": "Allow",
                "Action": "*",
                "Resource": [
                  "arn:aws:s3:::photos/*",
                  "arn:aws:dynamodb:*:123456789012:table/?????s",
                  "arn:aws:logs:*:123456789012:*"
                ]
              }
            }
            """;

        Assert.Equal(expected, Evaluate(policy, new RequestContext("svc:Do", resource)));
    }

    [Theory]
    [InlineData("s3:GetObject", "arn:aws:s3:::photos/a", PolicyDecision.Allow)]
    [InlineData("s3:DeleteObject", "arn:aws:s3:::photos/a", PolicyDecision.ExplicitDeny)]
    [InlineData("s3:DeleteObject", "arn:aws:s3:::scratch/a", PolicyDecision.Allow)]
    public void Evaluate_DenyAndAllowBothMatch_DenyWins(string action, string resource, PolicyDecision expected)
    {
        const string allowAll = """
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*"}}
            """;
        const string denyDeletes = """
            {"Version": "2012-10-17", "Statement": {"Sid": "NoDeletes", "Effect": "Deny", "Action": "s3:Delete*", "Resource": "arn:aws:s3:::photos/*"}}
            """;

        var decision = PolicyEvaluator.Evaluate([Document(allowAll), Document(denyDeletes)], new RequestContext(action, resource));

        Assert.Equal(expected, decision);
    }

    [Fact]
    public void Evaluate_DenyOnly_NeverAllows()
    {
        const string policy = """
            {"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}}
            """;

        Assert.Equal(PolicyDecision.ImplicitDeny, Evaluate(policy, new RequestContext("s3:GetObject", "arn:aws:s3:::b/k")));
        Assert.Equal(PolicyDecision.ExplicitDeny, Evaluate(policy, new RequestContext("s3:DeleteObject", "arn:aws:s3:::b/k")));
    }

    [Fact]
    public void Evaluate_NoPolicies_ImplicitDeny()
    {
        Assert.Equal(PolicyDecision.ImplicitDeny, PolicyEvaluator.Evaluate([], new RequestContext("s3:GetObject", "arn:aws:s3:::b/k")));
    }

    [Theory]
    [InlineData("s3:GetObject", PolicyDecision.Allow)]
    [InlineData("dynamodb:GetItem", PolicyDecision.Allow)]
    [InlineData("iam:CreateUser", PolicyDecision.ImplicitDeny)]
    [InlineData("IAM:createuser", PolicyDecision.ImplicitDeny)]
    [InlineData("s3:DeleteBucket", PolicyDecision.ImplicitDeny)]
    public void Evaluate_NotAction_AllowsEverythingUnlisted(string action, PolicyDecision expected)
    {
        const string policy = """
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "NotAction": ["iam:*", "s3:DeleteBucket"], "Resource": "*"}}
            """;

        Assert.Equal(expected, Evaluate(policy, new RequestContext(action, "arn:aws:s3:::b")));
    }

    [Theory]
    [InlineData("arn:aws:s3:::public/a", PolicyDecision.Allow)]
    [InlineData("arn:aws:s3:::private/a", PolicyDecision.ExplicitDeny)]
    public void Evaluate_DenyWithNotResource_DeniesEverythingUnlisted(string resource, PolicyDecision expected)
    {
        const string policy = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
                {"Effect": "Deny", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::public/*"}
              ]
            }
            """;

        Assert.Equal(expected, Evaluate(policy, new RequestContext("s3:GetObject", resource)));
    }

    [Fact]
    public void Evaluate_NotResourceWithUnresolvedVariable_ExcludesNothing()
    {
        // The entry matches no resource, so NotResource leaves every resource covered.
        const string policy = """
            {"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:GetObject", "NotResource": "arn:aws:s3:::photos/${cognito-identity.amazonaws.com:sub}/*"}}
            """;

        Assert.Equal(PolicyDecision.ExplicitDeny, Evaluate(policy, new RequestContext("s3:GetObject", "arn:aws:s3:::photos/x/a")));
        Assert.Equal(
            PolicyDecision.ImplicitDeny,
            Evaluate(policy, Context("s3:GetObject", "arn:aws:s3:::photos/x/a", SubKey, "x")));
    }
}
