using Cluster.Domain.Policies;

namespace Cluster.Domain.Tests.Policies;

public sealed class PolicyDocumentParseTests
{
    [Fact]
    public void Parse_SingleStatementObject_ReadsEveryElement()
    {
        const string json = """
            {
              "Version": "2012-10-17",
              "Id": "photos",
              "Statement": {
                "Sid": "OwnPhotos1",
                "Effect": "Deny",
                "NotAction": "s3:GetObject",
                "NotResource": ["arn:aws:s3:::photos/*", "arn:aws:s3:::thumbs/*"],
                "Condition": {
                  "ForAnyValue:StringLikeIfExists": {"cognito-identity.amazonaws.com:amr": ["authenticated", "cognito-idp*"]},
                  "Bool": {"aws:SecureTransport": true},
                  "NumericLessThan": {"s3:max-keys": 10}
                }
              }
            }
            """;

        var (document, error) = PolicyDocument.Parse(json);

        Assert.Null(error);
        Assert.NotNull(document);
        Assert.Equal(PolicyDocument.Version2012, document.Version);
        Assert.True(document.SupportsVariables);
        Assert.Equal("photos", document.Id);
        var statement = Assert.Single(document.Statements);
        Assert.Equal("OwnPhotos1", statement.Sid);
        Assert.Equal(PolicyEffect.Deny, statement.Effect);
        Assert.Null(statement.Actions);
        Assert.Equal(["s3:GetObject"], statement.NotActions!);
        Assert.Null(statement.Resources);
        Assert.Equal(["arn:aws:s3:::photos/*", "arn:aws:s3:::thumbs/*"], statement.NotResources!);
        Assert.Equal(3, statement.Conditions.Count);
        var amr = statement.Conditions[0];
        Assert.Equal(ConditionOperator.StringLike, amr.Operator);
        Assert.Equal(ConditionSetQualifier.ForAnyValue, amr.Qualifier);
        Assert.True(amr.IfExists);
        Assert.Equal(["authenticated", "cognito-idp*"], amr.Values);
        Assert.Equal(["true"], statement.Conditions[1].Values);
        Assert.Equal(["10"], statement.Conditions[2].Values);
    }

    [Fact]
    public void Parse_StatementArrayWithTrustPrincipal_ReadsEachStatement()
    {
        const string json = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity"},
                {"Effect": "Allow", "Principal": "*", "Action": ["sts:TagSession"]}
              ]
            }
            """;

        var (document, error) = PolicyDocument.Parse(json);

        Assert.Null(error);
        Assert.Equal(2, document!.Statements.Count);
        Assert.Equal(["cognito-identity.amazonaws.com"], document.Statements[0].Principal!.Identifiers["Federated"]);
        Assert.True(document.Statements[1].Principal!.IsEveryone);
        Assert.Null(document.Statements[0].Resources);
    }

    [Fact]
    public void Parse_NoVersion_DefaultsTo2008WithoutVariables()
    {
        var (document, _) = PolicyDocument.Parse("""{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}""");

        Assert.Equal(PolicyDocument.Version2008, document!.Version);
        Assert.False(document.SupportsVariables);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": [", "Syntax errors in policy")]
    [InlineData("{'Version': '2012-10-17'}", "Syntax errors in policy")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{\"Version\": \"2012-10-17\"}", "must contain a Statement")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": []}", "non-empty array")]
    [InlineData("{\"Version\": \"2012-10-18\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}", "Version must be")]
    [InlineData("{\"Version\": 2012, \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}", "Version must be")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statements\": {}}", "unknown field \"Statements\"")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Action\": \"*\", \"Resource\": \"*\"}}", "must contain an Effect")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"allow\", \"Action\": \"*\", \"Resource\": \"*\"}}", "Effect must be")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Resource\": \"*\"}}", "must contain an Action or NotAction")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"NotAction\": \"s3:*\", \"Resource\": \"*\"}}", "not both")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"GetObject\", \"Resource\": \"*\"}}", "prefaced by a vendor")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": [], \"Resource\": \"*\"}}", "non-empty array of strings")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\"}}", "must contain a Resource")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"photos/*\"}}", "ARN format")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Sid\": \"my sid\", \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}}", "alpha-numeric")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"A\", \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"}, {\"Sid\": \"A\", \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}]}", "must be unique")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}}", "repeats the field \"Effect\"")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"Users\": \"x\"}, \"Action\": \"*\"}}", "unknown principal type")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"someone\", \"Action\": \"*\"}}", "Invalid principal")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\": {\"Federated\": \"a\", \"Federated\": \"b\"}, \"Action\": \"*\"}}", "repeats \"Federated\"")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\": {}, \"Action\": \"*\"}}", "names no principal")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Principal\": \"*\", \"NotPrincipal\": \"*\", \"Action\": \"*\"}}", "Principal or NotPrincipal, not both")]
    [InlineData("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\", \"NotResource\": \"*\"}}", "Resource or NotResource, not both")]
    public void Parse_MalformedDocument_ReturnsError(string json, string expectedFragment)
    {
        var (document, error) = PolicyDocument.Parse(json);

        Assert.Null(document);
        Assert.NotNull(error);
        Assert.Contains(expectedFragment, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"StringEqualz\": {\"aws:username\": \"a\"}}", "\"StringEqualz\" is not supported")]
    [InlineData("{\"ForSomeValues:StringEquals\": {\"aws:username\": \"a\"}}", "is not supported")]
    [InlineData("{\"NullIfExists\": {\"aws:username\": \"true\"}}", "is not supported")]
    [InlineData("{\"stringequals\": {\"aws:username\": \"a\"}}", "is not supported")]
    [InlineData("{\"StringEquals\": {\"username\": \"a\"}}", "prefaced by a vendor")]
    [InlineData("{\"StringEquals\": {\"aws:username\": []}}", "at least one value")]
    [InlineData("{\"StringEquals\": {}}", "at least one condition key")]
    [InlineData("{\"StringEquals\": {\"aws:username\": {\"a\": 1}}}", "string, number or boolean")]
    [InlineData("{\"NumericLessThan\": {\"s3:max-keys\": \"ten\"}}", "must be a number")]
    [InlineData("{\"DateLessThan\": {\"aws:CurrentTime\": \"tomorrow\"}}", "ISO 8601")]
    [InlineData("{\"IpAddress\": {\"aws:SourceIp\": \"203.0.113.0/33\"}}", "CIDR")]
    [InlineData("{\"IpAddress\": {\"aws:SourceIp\": \"10.1\"}}", "CIDR")]
    [InlineData("{\"Null\": {\"aws:TokenIssueTime\": \"maybe\"}}", "true or false")]
    [InlineData("\"StringEquals\"", "object of condition operators")]
    [InlineData("{\"StringEquals\": {\"aws:username\": \"a\"}, \"StringEquals\": {\"aws:userid\": \"b\"}}", "repeats the operator")]
    [InlineData("{\"StringEquals\": {\"aws:username\": \"a\", \"AWS:UserName\": \"b\"}}", "repeats the key")]
    public void Parse_MalformedCondition_ReturnsError(string conditionJson, string expectedFragment)
    {
        var json = $$$"""{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {{{conditionJson}}}}}""";

        var (document, error) = PolicyDocument.Parse(json);

        Assert.Null(document);
        Assert.NotNull(error);
        Assert.Contains(expectedFragment, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PolicyDocument.MaxInlineRolePolicySize, true)]
    [InlineData(PolicyDocument.MaxInlineRolePolicySize + 1, false)]
    public void Parse_InlineRolePolicySize_LimitedWithoutCountingWhiteSpace(int size, bool parses)
    {
        const string prefix = """{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::""";
        const string suffix = "\"}}";
        var padding = new string('a', size - prefix.Length - suffix.Length);
        // White space between tokens is free; inside strings it counts like any character.
        var json = prefix.Replace(",", ",\n      ", StringComparison.Ordinal) + padding + suffix;

        Assert.Equal(size, PolicyDocument.MeasureSize(json));
        var (document, error) = PolicyDocument.Parse(json);

        Assert.Equal(parses, document is not null);
        Assert.Equal(parses, error is null);
    }

    [Fact]
    public void MeasureSize_WhiteSpaceInsideStrings_Counts()
    {
        Assert.Equal(9, PolicyDocument.MeasureSize("{ \"a b\" : 1 }"));
        Assert.Equal(11, PolicyDocument.MeasureSize("{\"a\\\" b\":1}"));
    }

    [Fact]
    public void Parse_CustomMaximum_Enforced()
    {
        const string json = """{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}""";

        Assert.NotNull(PolicyDocument.Parse(json, 2048).Document);
        Assert.Contains("Maximum policy size of 20 characters exceeded", PolicyDocument.Parse(json, 20).Error, StringComparison.Ordinal);
    }
}
