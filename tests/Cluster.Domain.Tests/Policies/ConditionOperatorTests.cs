using Cluster.Domain.Policies;
using static Cluster.Domain.Tests.Policies.PolicyFixtures;

namespace Cluster.Domain.Tests.Policies;

public sealed class ConditionOperatorTests
{
    private const string Action = "s3:ListBucket";
    private const string Bucket = "arn:aws:s3:::photos";

    private static PolicyDecision EvaluateCondition(string conditionJson, string key, string? values) =>
        Evaluate(AllowAllWhen(conditionJson), Context(Action, Bucket, key, values));

    [Theory]
    [InlineData("", PolicyDecision.Allow)]
    [InlineData("home/alice/", PolicyDecision.Allow)]
    [InlineData("home/alice/docs/2024/", PolicyDecision.Allow)]
    [InlineData("home/bob/", PolicyDecision.ImplicitDeny)]
    [InlineData("HOME/alice/", PolicyDecision.ImplicitDeny)]
    [InlineData("photos/2024/", PolicyDecision.Allow)]
    [InlineData("photos/224/", PolicyDecision.ImplicitDeny)]
    [InlineData("photos/20245/", PolicyDecision.ImplicitDeny)]
    public void Evaluate_StringLikeWithWildcardsAndVariable_MatchesPattern(string prefix, PolicyDecision expected)
    {
        const string condition = """{"StringLike": {"s3:prefix": ["", "home/${aws:username}/*", "photos/20??/"]}}""";

        var context = Context(Action, Bucket, ("s3:prefix", prefix), ("aws:username", "alice"));
        // A present-but-empty prefix is a single empty value, not an absent key.
        var withEmptyValue = prefix.Length == 0
            ? new RequestContext(Action, Bucket, new Dictionary<string, IReadOnlyList<string>> { ["s3:prefix"] = [""] })
            : context;

        Assert.Equal(expected, Evaluate(AllowAllWhen(condition), withEmptyValue));
    }

    [Theory]
    [InlineData("StringEquals", "photos", PolicyDecision.Allow)]
    [InlineData("StringEquals", "Photos", PolicyDecision.ImplicitDeny)]
    [InlineData("StringEquals", "phot*", PolicyDecision.ImplicitDeny)]
    [InlineData("StringEqualsIgnoreCase", "PHOTOS", PolicyDecision.Allow)]
    [InlineData("StringEqualsIgnoreCase", "videos", PolicyDecision.ImplicitDeny)]
    [InlineData("StringNotEquals", "Photos", PolicyDecision.Allow)]
    [InlineData("StringNotEquals", "photos", PolicyDecision.ImplicitDeny)]
    [InlineData("StringNotEqualsIgnoreCase", "PHOTOS", PolicyDecision.ImplicitDeny)]
    [InlineData("StringNotLike", "photos-2024", PolicyDecision.ImplicitDeny)]
    [InlineData("StringNotLike", "videos", PolicyDecision.Allow)]
    public void Evaluate_StringOperators_CompareAsDocumented(string op, string tag, PolicyDecision expected)
    {
        var condition = op == "StringNotLike"
            ? $$$"""{"{{{op}}}": {"aws:PrincipalTag/team": "photos*"}}"""
            : $$$"""{"{{{op}}}": {"aws:PrincipalTag/team": "photos"}}""";

        Assert.Equal(expected, EvaluateCondition(condition, "aws:PrincipalTag/team", tag));
    }

    [Theory]
    [InlineData("a", PolicyDecision.ImplicitDeny)]
    [InlineData("b", PolicyDecision.ImplicitDeny)]
    [InlineData("c", PolicyDecision.Allow)]
    [InlineData(null, PolicyDecision.Allow)]
    public void Evaluate_NegatedOperatorWithSeveralValues_RequiresNoneToMatch(string? value, PolicyDecision expected)
    {
        Assert.Equal(expected, EvaluateCondition("""{"StringNotEquals": {"aws:PrincipalTag/team": ["a", "b"]}}""", "aws:PrincipalTag/team", value));
    }

    [Theory]
    [InlineData("aws:principaltag/TEAM", PolicyDecision.Allow)]
    [InlineData("AWS:PrincipalTag/team", PolicyDecision.Allow)]
    [InlineData("aws:PrincipalTag/teams", PolicyDecision.ImplicitDeny)]
    public void Evaluate_ConditionKeyName_ComparesCaseInsensitively(string requestKey, PolicyDecision expected)
    {
        Assert.Equal(expected, EvaluateCondition("""{"StringEquals": {"aws:PrincipalTag/team": "photos"}}""", requestKey, "photos"));
    }

    [Theory]
    [InlineData("10", PolicyDecision.Allow)]
    [InlineData("9.5", PolicyDecision.Allow)]
    [InlineData("11", PolicyDecision.ImplicitDeny)]
    [InlineData("ten", PolicyDecision.ImplicitDeny)]
    [InlineData(null, PolicyDecision.ImplicitDeny)]
    public void Evaluate_NumericLessThanEquals_ComparesNumbers(string? maxKeys, PolicyDecision expected)
    {
        Assert.Equal(expected, EvaluateCondition("""{"NumericLessThanEquals": {"s3:max-keys": "10"}}""", "s3:max-keys", maxKeys));
    }

    [Theory]
    [InlineData("NumericEquals", "7", PolicyDecision.Allow)]
    [InlineData("NumericEquals", "7.0", PolicyDecision.Allow)]
    [InlineData("NumericNotEquals", "7", PolicyDecision.ImplicitDeny)]
    [InlineData("NumericLessThan", "6", PolicyDecision.Allow)]
    [InlineData("NumericLessThan", "7", PolicyDecision.ImplicitDeny)]
    [InlineData("NumericGreaterThan", "8", PolicyDecision.Allow)]
    [InlineData("NumericGreaterThan", "7", PolicyDecision.ImplicitDeny)]
    [InlineData("NumericGreaterThanEquals", "7", PolicyDecision.Allow)]
    public void Evaluate_NumericOperators_CompareAgainstSeven(string op, string value, PolicyDecision expected)
    {
        Assert.Equal(expected, EvaluateCondition($$$"""{"{{{op}}}": {"s3:max-keys": 7}}""", "s3:max-keys", value));
    }

    [Theory]
    [InlineData("203.0.113.0", PolicyDecision.Allow)]
    [InlineData("203.0.113.255", PolicyDecision.Allow)]
    [InlineData("203.0.114.1", PolicyDecision.ImplicitDeny)]
    [InlineData("198.51.100.7", PolicyDecision.Allow)]
    [InlineData("198.51.100.8", PolicyDecision.ImplicitDeny)]
    [InlineData("10.0.0.1", PolicyDecision.Allow)]
    [InlineData("10.127.255.255", PolicyDecision.Allow)]
    [InlineData("10.128.0.1", PolicyDecision.ImplicitDeny)]
    [InlineData("2001:db8:1234:5678::1", PolicyDecision.Allow)]
    [InlineData("2001:DB8:1234:5678:ffff:ffff:ffff:ffff", PolicyDecision.Allow)]
    [InlineData("2001:db8:1234:5679::1", PolicyDecision.ImplicitDeny)]
    [InlineData("::ffff:203.0.113.9", PolicyDecision.Allow)]
    [InlineData("not-an-ip", PolicyDecision.ImplicitDeny)]
    [InlineData(null, PolicyDecision.ImplicitDeny)]
    public void Evaluate_IpAddress_MatchesCidrRanges(string? sourceIp, PolicyDecision expected)
    {
        const string condition = """
            {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "198.51.100.7", "10.0.0.0/9", "2001:DB8:1234:5678::/64"]}}
            """;

        Assert.Equal(expected, EvaluateCondition(condition, "aws:SourceIp", sourceIp));
    }

    [Theory]
    [InlineData("203.0.113.7", PolicyDecision.ImplicitDeny)]
    [InlineData("192.0.2.1", PolicyDecision.Allow)]
    [InlineData(null, PolicyDecision.Allow)]
    public void Evaluate_NotIpAddress_MatchesOutsideRange(string? sourceIp, PolicyDecision expected)
    {
        Assert.Equal(expected, EvaluateCondition("""{"NotIpAddress": {"aws:SourceIp": "203.0.113.0/24"}}""", "aws:SourceIp", sourceIp));
    }

    [Theory]
    [InlineData("2029-12-31T23:59:59Z", PolicyDecision.Allow)]
    [InlineData("2030-01-01T00:59:59+01:00", PolicyDecision.Allow)]
    [InlineData("2030-01-01T00:00:00Z", PolicyDecision.ImplicitDeny)]
    [InlineData("2031-06-01T12:00:00Z", PolicyDecision.ImplicitDeny)]
    [InlineData("1700000000", PolicyDecision.Allow)]
    [InlineData("1900000000", PolicyDecision.ImplicitDeny)]
    [InlineData("yesterday", PolicyDecision.ImplicitDeny)]
    [InlineData(null, PolicyDecision.ImplicitDeny)]
    public void Evaluate_DateLessThanCurrentTime_AllowsUntilCutoff(string? currentTime, PolicyDecision expected)
    {
        Assert.Equal(expected, EvaluateCondition("""{"DateLessThan": {"aws:CurrentTime": "2030-01-01T00:00:00Z"}}""", "aws:CurrentTime", currentTime));
    }

    [Theory]
    [InlineData("DateEquals", "2024-05-01T00:00:00Z", PolicyDecision.Allow)]
    [InlineData("DateNotEquals", "2024-05-01T00:00:00Z", PolicyDecision.ImplicitDeny)]
    [InlineData("DateGreaterThan", "2024-05-01T00:00:01Z", PolicyDecision.Allow)]
    [InlineData("DateGreaterThan", "2024-05-01T00:00:00Z", PolicyDecision.ImplicitDeny)]
    [InlineData("DateGreaterThanEquals", "2024-05-01T00:00:00Z", PolicyDecision.Allow)]
    [InlineData("DateLessThanEquals", "2024-04-30", PolicyDecision.Allow)]
    [InlineData("DateLessThanEquals", "2024-05-01T00:00:00Z", PolicyDecision.Allow)]
    [InlineData("DateLessThanEquals", "2024-05-01T00:00:01Z", PolicyDecision.ImplicitDeny)]
    public void Evaluate_DateOperators_ComparePolicyEpochValue(string op, string currentTime, PolicyDecision expected)
    {
        // 1714521600 is 2024-05-01T00:00:00Z: epoch and ISO 8601 values compare as instants.
        Assert.Equal(expected, EvaluateCondition($$$"""{"{{{op}}}": {"aws:CurrentTime": "1714521600"}}""", "aws:CurrentTime", currentTime));
    }

    [Theory]
    [InlineData("true", PolicyDecision.Allow)]
    [InlineData("false", PolicyDecision.ExplicitDeny)]
    [InlineData("FALSE", PolicyDecision.ExplicitDeny)]
    [InlineData(null, PolicyDecision.Allow)]
    public void Evaluate_BoolSecureTransportDeny_DeniesPlainHttp(string? secureTransport, PolicyDecision expected)
    {
        const string policy = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Action": "s3:*", "Resource": "*"},
                {"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": false}}}
              ]
            }
            """;

        Assert.Equal(expected, Evaluate(policy, Context(Action, Bucket, "aws:SecureTransport", secureTransport)));
    }

    [Theory]
    [InlineData("true", null, PolicyDecision.Allow)]
    [InlineData("true", "2024-05-01T00:00:00Z", PolicyDecision.ImplicitDeny)]
    [InlineData("true", "", PolicyDecision.Allow)]
    [InlineData("false", null, PolicyDecision.ImplicitDeny)]
    [InlineData("false", "2024-05-01T00:00:00Z", PolicyDecision.Allow)]
    public void Evaluate_Null_TestsKeyPresence(string wantsAbsent, string? tokenIssueTime, PolicyDecision expected)
    {
        Assert.Equal(expected, EvaluateCondition($$$"""{"Null": {"aws:TokenIssueTime": "{{{wantsAbsent}}}"}}""", "aws:TokenIssueTime", tokenIssueTime));
    }

    [Theory]
    [InlineData("StringEqualsIfExists", null, PolicyDecision.Allow)]
    [InlineData("StringEqualsIfExists", "photos", PolicyDecision.Allow)]
    [InlineData("StringEqualsIfExists", "videos", PolicyDecision.ImplicitDeny)]
    [InlineData("StringEquals", null, PolicyDecision.ImplicitDeny)]
    [InlineData("NumericLessThanIfExists", null, PolicyDecision.Allow)]
    public void Evaluate_IfExists_PassesOnlyWhenKeyMissing(string op, string? team, PolicyDecision expected)
    {
        var value = op.StartsWith("Numeric", StringComparison.Ordinal) ? "5" : "photos";

        Assert.Equal(expected, EvaluateCondition($$$"""{"{{{op}}}": {"aws:PrincipalTag/team": "{{{value}}}"}}""", "aws:PrincipalTag/team", team));
    }

    [Theory]
    [InlineData("ArnLike", "arn:aws:sns:us-east-1:123456789012:topic-photos", PolicyDecision.Allow)]
    [InlineData("ArnEquals", "arn:aws:sns:eu-west-1:123456789012:topic-a", PolicyDecision.Allow)]
    [InlineData("ArnLike", "arn:aws:sns:us-east-1:999999999999:topic-photos", PolicyDecision.ImplicitDeny)]
    [InlineData("ArnLike", "arn:aws:sns:us-east-1:1:2:123456789012:topic-photos", PolicyDecision.ImplicitDeny)]
    [InlineData("ArnNotLike", "arn:aws:sns:us-east-1:123456789012:topic-photos", PolicyDecision.ImplicitDeny)]
    [InlineData("ArnNotEquals", "arn:aws:sqs:us-east-1:123456789012:queue", PolicyDecision.Allow)]
    public void Evaluate_ArnOperators_MatchComponentByComponent(string op, string sourceArn, PolicyDecision expected)
    {
        Assert.Equal(expected, EvaluateCondition($$$"""{"{{{op}}}": {"aws:SourceArn": "arn:aws:sns:*:123456789012:topic-*"}}""", "aws:SourceArn", sourceArn));
    }

    [Fact]
    public void Evaluate_StringLikeAcrossColons_MatchesWhereArnLikeDoesNot()
    {
        // The documented contrast: StringLike's * crosses colons, ArnLike's does not.
        const string value = "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt";
        const string pattern = "arn:aws:someservice:*:111122223333:finance/*";

        Assert.Equal(PolicyDecision.Allow, EvaluateCondition($$$"""{"StringLike": {"aws:SourceArn": "{{{pattern}}}"}}""", "aws:SourceArn", value));
        Assert.Equal(PolicyDecision.ImplicitDeny, EvaluateCondition($$$"""{"ArnLike": {"aws:SourceArn": "{{{pattern}}}"}}""", "aws:SourceArn", value));
    }

    [Theory]
    [InlineData("photos", "203.0.113.9", PolicyDecision.Allow)]
    [InlineData("photos", "192.0.2.1", PolicyDecision.ImplicitDeny)]
    [InlineData("videos", "203.0.113.9", PolicyDecision.ImplicitDeny)]
    public void Evaluate_SeveralOperatorsAndKeys_AllMustHold(string team, string sourceIp, PolicyDecision expected)
    {
        const string condition = """
            {
              "StringEquals": {"aws:PrincipalTag/team": "photos", "aws:PrincipalTag/level": "2"},
              "IpAddress": {"aws:SourceIp": "203.0.113.0/24"}
            }
            """;
        var context = Context(Action, Bucket, ("aws:PrincipalTag/team", team), ("aws:PrincipalTag/level", "2"), ("aws:SourceIp", sourceIp));

        Assert.Equal(expected, Evaluate(AllowAllWhen(condition), context));
        Assert.Equal(
            PolicyDecision.ImplicitDeny,
            Evaluate(AllowAllWhen(condition), Context(Action, Bucket, ("aws:PrincipalTag/team", team), ("aws:SourceIp", sourceIp))));
    }

    [Theory]
    [InlineData("StringEquals", OwnerSub, OwnerSub, PolicyDecision.Allow)]
    [InlineData("StringEquals", OtherSub, OwnerSub, PolicyDecision.ImplicitDeny)]
    [InlineData("StringEquals", OwnerSub, null, PolicyDecision.ImplicitDeny)]
    [InlineData("StringNotEquals", OwnerSub, null, PolicyDecision.Allow)]
    [InlineData("StringNotEquals", OwnerSub, OwnerSub, PolicyDecision.ImplicitDeny)]
    public void Evaluate_VariableInConditionValue_SubstitutesOrMatchesNothing(string op, string owner, string? sub, PolicyDecision expected)
    {
        var condition = $$$"""{"{{{op}}}": {"aws:ResourceTag/owner": "${cognito-identity.amazonaws.com:sub}"}}""";
        (string, string)[] keys = sub is null
            ? [("aws:ResourceTag/owner", owner)]
            : [("aws:ResourceTag/owner", owner), ("cognito-identity.amazonaws.com:sub", sub)];

        Assert.Equal(expected, Evaluate(AllowAllWhen(condition), Context(Action, Bucket, keys)));
    }

    [Theory]
    [InlineData("QmluYXJ5VmFsdWVJbkJhc2U2NA==", PolicyDecision.Allow)]
    [InlineData("QmluYXJ5VmFsdWU=", PolicyDecision.ImplicitDeny)]
    public void Evaluate_BinaryEquals_ComparesDecodedBytes(string value, PolicyDecision expected)
    {
        Assert.Equal(expected, EvaluateCondition("""{"BinaryEquals": {"svc:blob": "QmluYXJ5VmFsdWVJbkJhc2U2NA=="}}""", "svc:blob", value));
    }
}
