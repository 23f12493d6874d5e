using Cluster.Domain.Errors;
using Cluster.Domain.Users;

namespace Cluster.Domain.Tests.Users;

public sealed class UsernameRulesTests
{
    private const string Pattern = @"Member must satisfy regular expression pattern: [\p{L}\p{M}\p{S}\p{N}\p{P}]+";

    [Theory]
    [InlineData("Alice", true, "Alice")]
    [InlineData("Alice", false, "alice")]
    [InlineData("ÄLICE", false, "älice")]
    [InlineData("ΣΟΦΙΑ", false, "σοφια")]
    [InlineData("bob@Example.COM", false, "bob@example.com")]
    [InlineData("😀User", false, "😀user")]
    public void Normalize_PoolCaseSetting_FoldsOnlyWhenInsensitive(string username, bool caseSensitive, string expected)
    {
        Assert.Equal(expected, UsernameRules.Normalize(username, caseSensitive));
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("alice@example.com")]
    [InlineData("+15551234567")]
    [InlineData("a-b_c.d!#$%")]
    [InlineData("日本語")]
    [InlineData("Zoë")]
    [InlineData("😀")]
    [InlineData("e\u0301")]
    [InlineData("①②")]
    public void Check_ModelPattern_Passes(string username)
    {
        Assert.Null(UsernameRules.Check(username));
    }

    [Fact]
    public void Check_MaxLength_Passes()
    {
        Assert.Null(UsernameRules.Check(new string('a', 128)));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("tab\there")]
    [InlineData("new\nline")]
    [InlineData("nul\u0000")]
    [InlineData("\u00a0")]
    [InlineData("zero\u200bwidth")]
    public void Check_OutsidePattern_IsPatternError(string username)
    {
        var error = UsernameRules.Check(username);

        Assert.Equal(RuleViolation.InvalidParameter($"1 validation error detected: Value at 'username' failed to satisfy constraint: {Pattern}"), error);
    }

    [Fact]
    public void Check_LoneSurrogate_IsPatternError()
    {
        // Built at run time: attribute arguments are stored as UTF-8, which cannot carry a lone surrogate.
        var username = "lone" + (char)0xD800;

        Assert.EndsWith(Pattern, UsernameRules.Check(username)?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TooLong_IsLengthError()
    {
        var error = UsernameRules.Check(new string('a', 129));

        Assert.Equal(
            RuleViolation.InvalidParameter(
                "1 validation error detected: Value at 'username' failed to satisfy constraint: Member must have length less than or equal to 128"),
            error);
    }

    [Fact]
    public void Check_TooLongWithSpace_ReportsBoth()
    {
        var error = UsernameRules.Check(new string('a', 128) + " ");

        Assert.StartsWith("2 validation errors detected: ", error?.Message, StringComparison.Ordinal);
        Assert.Contains("less than or equal to 128; ", error?.Message, StringComparison.Ordinal);
        Assert.EndsWith(Pattern, error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Empty_ReportsLengthAndPattern()
    {
        var error = UsernameRules.Check(string.Empty);

        Assert.Equal(
            RuleViolation.InvalidParameter(
                "2 validation errors detected: Value at 'username' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
                $"Value at 'username' failed to satisfy constraint: {Pattern}"),
            error);
    }

    [Fact]
    public void Check_Null_IsNotNullError()
    {
        Assert.Equal(
            RuleViolation.InvalidParameter("1 validation error detected: Value null at 'username' failed to satisfy constraint: Member must not be null"),
            UsernameRules.Check(null));
    }

    [Theory]
    [InlineData("alice@example.com", true)]
    [InlineData("alice", false)]
    [InlineData("alice@", false)]
    public void LooksLikeEmail_Username_FollowsEmailFormat(string username, bool expected)
    {
        Assert.Equal(expected, UsernameRules.LooksLikeEmail(username));
    }

    [Theory]
    [InlineData("+15551234567", true)]
    [InlineData("15551234567", false)]
    [InlineData("+1-555", false)]
    public void LooksLikePhone_Username_FollowsE164(string username, bool expected)
    {
        Assert.Equal(expected, UsernameRules.LooksLikePhone(username));
    }

    [Theory]
    [InlineData("alice@example.com", "email", "", null)]
    [InlineData("alice", "email", "", "Username should be an email.")]
    [InlineData("+15551234567", "email", "", "Username should be an email.")]
    [InlineData("+15551234567", "phone_number", "", null)]
    [InlineData("alice@example.com", "phone_number", "", "Username should be a phone number.")]
    [InlineData("alice@example.com", "email,phone_number", "", null)]
    [InlineData("+15551234567", "email,phone_number", "", null)]
    [InlineData("alice", "email,phone_number", "", "Username should be either an email or a phone number.")]
    [InlineData("alice@example.com", "", "email", "Username cannot be of email format, since user pool is configured for email alias.")]
    [InlineData("alice", "", "email", null)]
    [InlineData("+15551234567", "", "email", null)]
    [InlineData("+15551234567", "", "phone_number", "Username cannot be of phone number format, since user pool is configured for phone number alias.")]
    [InlineData("alice@example.com", "", "phone_number,preferred_username", null)]
    [InlineData("alice@example.com", "", "", null)]
    [InlineData("+15551234567", "", "", null)]
    [InlineData("alice@example.com", "", "preferred_username", null)]
    public void CheckForPool_SignInSettings_AcceptOrRefuse(string username, string usernameAttributes, string aliases, string? message)
    {
        var error = UsernameRules.CheckForPool(username, Split(usernameAttributes), Split(aliases));

        Assert.Equal(message is null ? null : RuleViolation.InvalidParameter(message), error);
    }

    private static string[] Split(string names) => names.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
