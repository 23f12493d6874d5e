using Cluster.Domain.Policies;
using static Cluster.Domain.Tests.Policies.PolicyFixtures;

namespace Cluster.Domain.Tests.Policies;

public sealed class TrustPolicyEvaluatorTests
{
    private const string Aud = "cognito-identity.amazonaws.com:aud";
    private const string Amr = "cognito-identity.amazonaws.com:amr";
    private const string AuthenticatedAmr = "authenticated|cognito-idp.us-east-1.amazonaws.com/us-east-1_Ab12";

    private const string AuthenticatedRoleTrust = $$$"""
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Principal": {"Federated": "cognito-identity.amazonaws.com"},
              "Action": "sts:AssumeRoleWithWebIdentity",
              "Condition": {
                "StringEquals": {"cognito-identity.amazonaws.com:aud": "{{{PoolId}}}"},
                "ForAnyValue:StringLike": {"cognito-identity.amazonaws.com:amr": "authenticated"}
              }
            }
          ]
        }
        """;

    private static RequestContext WebIdentity(string? aud, string? amr)
    {
        var keys = new List<(string, string)>();
        if (aud is not null)
        {
            keys.Add((Aud, aud));
        }

        if (amr is not null)
        {
            keys.Add((Amr, amr));
        }

        return Context(TrustPolicyEvaluator.AssumeRoleWithWebIdentityAction, "arn:aws:iam::123456789012:role/Authenticated", [.. keys]);
    }

    [Theory]
    [InlineData(PoolId, AuthenticatedAmr, true)]
    [InlineData("us-east-1:00000000-0000-0000-0000-000000000000", AuthenticatedAmr, false)]
    [InlineData(PoolId, "unauthenticated", false)]
    [InlineData(PoolId, null, false)]
    [InlineData(null, AuthenticatedAmr, false)]
    public void AllowsWebIdentity_CognitoAuthenticatedRoleTrust_ChecksAudAndAmr(string? aud, string? amr, bool expected)
    {
        var trust = Document(AuthenticatedRoleTrust);

        Assert.Equal(expected, TrustPolicyEvaluator.AllowsWebIdentity(trust, TrustPolicyEvaluator.CognitoIdentityProvider, WebIdentity(aud, amr)));
    }

    [Theory]
    [InlineData("cognito-identity.amazonaws.com", true)]
    [InlineData("Cognito-Identity.AmazonAWS.com", true)]
    [InlineData("accounts.google.com", false)]
    public void AllowsWebIdentity_FederatedPrincipal_MustNameProvider(string provider, bool expected)
    {
        var trust = Document(AuthenticatedRoleTrust);

        Assert.Equal(expected, TrustPolicyEvaluator.AllowsWebIdentity(trust, provider, WebIdentity(PoolId, AuthenticatedAmr)));
    }

    [Theory]
    [InlineData("\"*\"", "sts:AssumeRoleWithWebIdentity", true)]
    [InlineData("{\"AWS\": \"*\"}", "sts:AssumeRoleWithWebIdentity", true)]
    [InlineData("{\"Federated\": [\"accounts.google.com\", \"cognito-identity.amazonaws.com\"]}", "sts:AssumeRoleWithWebIdentity", true)]
    [InlineData("{\"AWS\": \"arn:aws:iam::123456789012:root\"}", "sts:AssumeRoleWithWebIdentity", false)]
    [InlineData("{\"Service\": \"lambda.amazonaws.com\"}", "sts:AssumeRoleWithWebIdentity", false)]
    [InlineData("{\"Federated\": \"cognito-identity.amazonaws.com\"}", "sts:AssumeRole", false)]
    [InlineData("{\"Federated\": \"cognito-identity.amazonaws.com\"}", "sts:AssumeRole*", true)]
    public void AllowsWebIdentity_PrincipalAndAction_BothMustMatch(string principalJson, string action, bool expected)
    {
        var trust = Document($$$"""
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {{{principalJson}}}, "Action": "{{{action}}}"}}
            """);

        Assert.Equal(expected, TrustPolicyEvaluator.AllowsWebIdentity(trust, TrustPolicyEvaluator.CognitoIdentityProvider, WebIdentity(PoolId, AuthenticatedAmr)));
    }

    [Theory]
    [InlineData(AuthenticatedAmr, true)]
    [InlineData("authenticated|graph.facebook.com", false)]
    public void AllowsWebIdentity_DenyStatementMatches_Refuses(string amr, bool expected)
    {
        var trust = Document($$$"""
            {
              "Version": "2012-10-17",
              "Statement": [
                {"Effect": "Allow", "Principal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity"},
                {
                  "Effect": "Deny",
                  "Principal": "*",
                  "Action": "sts:*",
                  "Condition": {"ForAnyValue:StringEquals": {"cognito-identity.amazonaws.com:amr": "graph.facebook.com"}}
                }
              ]
            }
            """);

        Assert.Equal(expected, TrustPolicyEvaluator.AllowsWebIdentity(trust, TrustPolicyEvaluator.CognitoIdentityProvider, WebIdentity(PoolId, amr)));
    }

    [Fact]
    public void AllowsWebIdentity_ContextActionOtherwise_EvaluatesAssumeRoleWithWebIdentity()
    {
        var trust = Document(AuthenticatedRoleTrust);
        var context = WebIdentity(PoolId, AuthenticatedAmr) with { Action = "s3:GetObject" };

        Assert.True(TrustPolicyEvaluator.AllowsWebIdentity(trust, TrustPolicyEvaluator.CognitoIdentityProvider, context));
    }

    [Theory]
    [InlineData("cognito-identity.amazonaws.com", false)]
    [InlineData("accounts.google.com", true)]
    public void AllowsWebIdentity_NotPrincipal_ExcludesNamedProvider(string provider, bool expected)
    {
        var trust = Document("""
            {"Version": "2012-10-17", "Statement": {"Effect": "Allow", "NotPrincipal": {"Federated": "cognito-identity.amazonaws.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}}
            """);

        Assert.Equal(expected, TrustPolicyEvaluator.AllowsWebIdentity(trust, provider, WebIdentity(PoolId, AuthenticatedAmr)));
    }
}
