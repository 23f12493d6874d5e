using Cluster.Domain.Users;

namespace Cluster.Domain.Tests.Users;

public sealed class UserFilterTests
{
    private static readonly Dictionary<string, string> Alice = new(StringComparer.Ordinal)
    {
        ["username"] = "Alice",
        ["email"] = "alice@example.com",
        ["given_name"] = "Zoë",
        ["cognito:user_status"] = "CONFIRMED",
        ["status"] = "Enabled",
        ["family_name"] = string.Empty,
    };

    private static bool Matches(string attribute, FilterOperator op, string value) =>
        new UserFilter(attribute, op, value).Matches(name => Alice.GetValueOrDefault(name));

    [Theory]
    [InlineData("username", FilterOperator.Equals, "Alice", true)]
    [InlineData("username", FilterOperator.Equals, "alice", false)]
    [InlineData("username", FilterOperator.Equals, "Ali", false)]
    [InlineData("username", FilterOperator.StartsWith, "Ali", true)]
    [InlineData("username", FilterOperator.StartsWith, "ali", false)]
    [InlineData("username", FilterOperator.StartsWith, "Alice2", false)]
    [InlineData("email", FilterOperator.StartsWith, "alice@", true)]
    [InlineData("email", FilterOperator.Equals, "ALICE@example.com", false)]
    [InlineData("status", FilterOperator.Equals, "Enabled", true)]
    [InlineData("status", FilterOperator.Equals, "enabled", false)]
    [InlineData("cognito:user_status", FilterOperator.Equals, "confirmed", true)]
    [InlineData("cognito:user_status", FilterOperator.Equals, "CONFIRMED", true)]
    [InlineData("cognito:user_status", FilterOperator.StartsWith, "conf", true)]
    [InlineData("cognito:user_status", FilterOperator.Equals, "UNCONFIRMED", false)]
    [InlineData("given_name", FilterOperator.Equals, "Zoë", true)]
    [InlineData("given_name", FilterOperator.StartsWith, "Zo", true)]
    [InlineData("family_name", FilterOperator.Equals, "", true)]
    [InlineData("phone_number", FilterOperator.StartsWith, "", false)]
    [InlineData("phone_number", FilterOperator.Equals, "", false)]
    [InlineData("email", FilterOperator.StartsWith, "", true)]
    public void Matches_ValueAgainstFilter_FollowsDocumentedCaseRules(string attribute, FilterOperator op, string value, bool expected)
    {
        Assert.Equal(expected, Matches(attribute, op, value));
    }

    [Fact]
    public void Matches_AsksForTheAttributeAsWrittenInTheFilter()
    {
        var asked = new List<string>();

        new UserFilter("cognito:user_status", FilterOperator.Equals, "x").Matches(name =>
        {
            asked.Add(name);
            return null;
        });

        Assert.Equal(["cognito:user_status"], asked);
    }

    [Theory]
    [InlineData("username", false, "alice@example.com")]
    [InlineData("email", false, "alice@example.com")]
    [InlineData("preferred_username", false, "alice@example.com")]
    [InlineData("username", true, "Alice@Example.com")]
    [InlineData("given_name", false, "Alice@Example.com")]
    [InlineData("cognito:user_status", false, "Alice@Example.com")]
    public void ForPool_CaseInsensitivePool_LowersOnlyFoldedAttributes(string attribute, bool caseSensitive, string expected)
    {
        var filter = new UserFilter(attribute, FilterOperator.Equals, "Alice@Example.com").ForPool(caseSensitive);

        Assert.Equal(expected, filter.Value);
    }
}
