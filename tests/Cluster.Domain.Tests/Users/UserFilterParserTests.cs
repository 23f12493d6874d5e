using Cluster.Domain.Errors;
using Cluster.Domain.Users;

namespace Cluster.Domain.Tests.Users;

public sealed class UserFilterParserTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_NoText_IsNoFilterAndNoError(string? text)
    {
        var (filter, error) = UserFilterParser.Parse(text);

        Assert.Null(filter);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("family_name = \"Reddy\"", "family_name", FilterOperator.Equals, "Reddy")]
    [InlineData("given_name ^= \"Jon\"", "given_name", FilterOperator.StartsWith, "Jon")]
    [InlineData("phone_number=\"+33666666666\"", "phone_number", FilterOperator.Equals, "+33666666666")]
    [InlineData("email^=\"testuser\"", "email", FilterOperator.StartsWith, "testuser")]
    [InlineData("  username   =   \"alice\"  ", "username", FilterOperator.Equals, "alice")]
    [InlineData("cognito:user_status = \"CONFIRMED\"", "cognito:user_status", FilterOperator.Equals, "CONFIRMED")]
    [InlineData("status = \"Disabled\"", "status", FilterOperator.Equals, "Disabled")]
    [InlineData("sub = \"eaad0219-2117-439f-8d46-4db20e59268f\"", "sub", FilterOperator.Equals, "eaad0219-2117-439f-8d46-4db20e59268f")]
    [InlineData("preferred_username ^= \"j\"", "preferred_username", FilterOperator.StartsWith, "j")]
    [InlineData("name = \"O\\\"Brien\"", "name", FilterOperator.Equals, "O\"Brien")]
    [InlineData("name = \"\\\"quoted\\\"\"", "name", FilterOperator.Equals, "\"quoted\"")]
    [InlineData("name = \"back\\\\slash\"", "name", FilterOperator.Equals, "back\\slash")]
    [InlineData("name = \"a\\b\"", "name", FilterOperator.Equals, "a\\b")]
    [InlineData("name = \"two words = ^= here\"", "name", FilterOperator.Equals, "two words = ^= here")]
    [InlineData("family_name = \"\"", "family_name", FilterOperator.Equals, "")]
    [InlineData("given_name = \"Zoë 日本 😀\"", "given_name", FilterOperator.Equals, "Zoë 日本 😀")]
    [InlineData("name\t=\t\"tab\"", "name", FilterOperator.Equals, "tab")]
    public void Parse_WellFormed_GivesFilter(string text, string attribute, FilterOperator op, string value)
    {
        var (filter, error) = UserFilterParser.Parse(text);

        Assert.Null(error);
        Assert.Equal(new UserFilter(attribute, op, value), filter);
    }

    [Theory]
    [InlineData("username = foo")]
    [InlineData("username=")]
    [InlineData("username = \"alice")]
    [InlineData("username = \"alice\\\"")]
    [InlineData("username \"alice\"")]
    [InlineData("username")]
    [InlineData("= \"alice\"")]
    [InlineData("^= \"alice\"")]
    [InlineData("\"username\" = \"alice\"")]
    [InlineData("username == \"alice\"")]
    [InlineData("username != \"alice\"")]
    [InlineData("username ~= \"alice\"")]
    [InlineData("username ^ \"alice\"")]
    [InlineData("username =^ \"alice\"")]
    [InlineData("username = \"alice\" extra")]
    [InlineData("username = \"alice\" and email = \"a@b.c\"")]
    [InlineData("username = \"alice\"\"")]
    [InlineData("username = 'alice'")]
    [InlineData("user name = \"alice\"")]
    [InlineData("   ")]
    [InlineData("custom:tier = bar")]
    public void Parse_Malformed_IsParseError(string text)
    {
        var (filter, error) = UserFilterParser.Parse(text);

        Assert.Null(filter);
        Assert.Equal(RuleViolation.InvalidParameter("Error while parsing filter"), error);
    }

    [Theory]
    [InlineData("custom:foo = \"bar\"", "custom:foo")]
    [InlineData("dev:custom:secret = \"x\"", "dev:custom:secret")]
    [InlineData("middle_name = \"x\"", "middle_name")]
    [InlineData("email_verified = \"true\"", "email_verified")]
    [InlineData("Email = \"a@b.c\"", "Email")]
    [InlineData("given-name ^= \"Jo\"", "given-name")]
    [InlineData("名前 = \"x\"", "名前")]
    public void Parse_UnsearchableAttribute_IsInvalidSearchAttribute(string text, string attribute)
    {
        var (filter, error) = UserFilterParser.Parse(text);

        Assert.Null(filter);
        Assert.Equal(RuleViolation.InvalidParameter($"Invalid search attribute: {attribute}"), error);
    }

    [Fact]
    public void Parse_LongerThanModelLimit_IsValidationError()
    {
        var text = $"name = \"{new string('a', 248)}\"";

        var (filter, error) = UserFilterParser.Parse(text);

        Assert.Equal(257, text.Length);
        Assert.Null(filter);
        Assert.Equal(ErrorCodes.InvalidParameter, error?.Code);
        Assert.Equal(
            $"1 validation error detected: Value '{text}' at 'filter' failed to satisfy constraint: Member must have length less than or equal to 256",
            error?.Message);
    }

    [Fact]
    public void Parse_ExactlyModelLimit_IsAccepted()
    {
        var text = $"name = \"{new string('a', 247)}\"";

        var (filter, error) = UserFilterParser.Parse(text);

        Assert.Equal(256, text.Length);
        Assert.Null(error);
        Assert.Equal(247, filter?.Value.Length);
    }

    [Fact]
    public void SearchableAttributes_AreTheDocumentedTen()
    {
        Assert.Equal(
            ["cognito:user_status", "email", "family_name", "given_name", "name", "phone_number", "preferred_username", "status", "sub", "username"],
            UserFilterParser.SearchableAttributes.Order(StringComparer.Ordinal));
    }
}
