using Cluster.Domain.Errors;
using Cluster.Domain.UserPools;

namespace Cluster.Domain.Tests.UserPools;

public sealed class UserPoolIdsTests
{
    [Fact]
    public void New_HasCognitoForm_AndIsUnique()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => UserPoolIds.New("eu-west-2")).ToList();

        Assert.All(ids, id => Assert.Matches("^eu-west-2_[0-9A-Za-z]{9}$", id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("us-east-1_AbC123xyz", "us-east-1")]
    [InlineData("ap-southeast-2_x", "ap-southeast-2")]
    [InlineData("nounderscore", null)]
    [InlineData("_leading", null)]
    public void RegionOf_ReadsThePrefix(string id, string? region) => Assert.Equal(region, UserPoolIds.RegionOf(id));

    [Fact]
    public void Arn_HasCognitoForm() =>
        Assert.Equal("arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc", UserPoolIds.Arn("us-east-1", "123456789012", "us-east-1_abc"));

    [Theory]
    [InlineData(new[] { "email" }, new[] { "email" }, ErrorCodes.InvalidParameter)]
    [InlineData(new[] { "email", "email" }, new string[0], ErrorCodes.InvalidParameter)]
    [InlineData(new[] { "email", "phone_number" }, new string[0], null)]
    [InlineData(new string[0], new[] { "email" }, null)]
    public void UsernameOptions_AreCheckedAsCognitoDoes(string[] aliases, string[] usernames, string? code) =>
        Assert.Equal(code, UsernameOptionsRules.Check(aliases, usernames)?.Code);
}
