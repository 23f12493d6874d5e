using Cluster.Domain.Errors;
using Cluster.Domain.Users;

namespace Cluster.Domain.Tests.Users;

public sealed class UserAttributeRulesRequiredDeleteTests
{
    private static Dictionary<string, string> Map(params string[] nameValues) =>
        nameValues.Chunk(2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    [Fact]
    public void CheckRequired_AllPresent_Passes()
    {
        Assert.Null(UserAttributeRules.CheckRequired(Map("email", "a@example.com", "name", "A"), UserTestSchema.Pool));
    }

    [Fact]
    public void CheckRequired_OneMissing_NamesIt()
    {
        var error = UserAttributeRules.CheckRequired(Map("name", "A"), UserTestSchema.Pool);

        Assert.Equal(RuleViolation.InvalidParameter("Attributes did not conform to the schema: email: The attribute is required\n"), error);
    }

    [Fact]
    public void CheckRequired_SeveralMissing_ListsThemInSchemaOrder()
    {
        var error = UserAttributeRules.CheckRequired(Map("given_name", "A"), UserTestSchema.Pool);

        Assert.Equal(
            RuleViolation.InvalidParameter(
                "Attributes did not conform to the schema: name: The attribute is required\nemail: The attribute is required\n"),
            error);
    }

    [Fact]
    public void CheckRequired_EmptyValue_CountsAsMissing()
    {
        var error = UserAttributeRules.CheckRequired(Map("email", "", "name", "A"), UserTestSchema.Pool);

        Assert.Equal(ErrorCodes.InvalidParameter, error?.Code);
    }

    [Fact]
    public void CheckRequired_SubAbsent_IsNotReported()
    {
        var error = UserAttributeRules.CheckRequired(Map("email", "a@example.com", "name", "A"), UserTestSchema.Pool);

        Assert.Null(error);
        Assert.Contains(UserTestSchema.Pool, a => a.Name == "sub" && a.Required);
    }

    [Theory]
    [InlineData(AttributeWriter.User, "given_name")]
    [InlineData(AttributeWriter.User, "custom:tier")]
    [InlineData(AttributeWriter.Admin, "dev:custom:secret")]
    public void CheckDelete_OptionalMutable_Passes(AttributeWriter writer, string name)
    {
        Assert.Null(UserAttributeRules.CheckDelete([name], UserTestSchema.Pool, writer));
    }

    [Theory]
    [InlineData("custom:nope", "Attribute does not exist in the schema.")]
    [InlineData("sub", "Attribute cannot be updated.")]
    [InlineData("custom:locked", "Attribute cannot be updated.")]
    [InlineData("email", "The attribute is required")]
    [InlineData("name", "The attribute is required")]
    public void CheckDelete_Undeletable_NamesUserAttribute(string name, string reason)
    {
        var error = UserAttributeRules.CheckDelete([name], UserTestSchema.Pool, AttributeWriter.Admin);

        Assert.Equal(RuleViolation.InvalidParameter($"user.{name}: {reason}\n"), error);
    }

    [Fact]
    public void CheckDelete_SeveralUndeletable_ListsEachOnce()
    {
        var error = UserAttributeRules.CheckDelete(["custom:nope", "given_name", "email", "custom:nope"], UserTestSchema.Pool, AttributeWriter.Admin);

        Assert.Equal(
            RuleViolation.InvalidParameter("user.custom:nope: Attribute does not exist in the schema.\nuser.email: The attribute is required\n"),
            error);
    }

    [Theory]
    [InlineData("dev:custom:secret")]
    [InlineData("email_verified")]
    public void CheckDelete_ByUserOutsideWriteSet_IsNotAuthorized(string name)
    {
        var error = UserAttributeRules.CheckDelete([name], UserTestSchema.Pool, AttributeWriter.User);

        Assert.Equal(new RuleViolation(ErrorCodes.NotAuthorized, "A client attempted to write unauthorized attribute"), error);
    }

    [Fact]
    public void CheckDelete_NameOverModelLimit_IsValidationError()
    {
        var name = new string('n', 33);

        var error = UserAttributeRules.CheckDelete([name], UserTestSchema.Pool, AttributeWriter.Admin);

        Assert.Equal(
            RuleViolation.InvalidParameter(
                $"1 validation error detected: Value '{name}' at 'userAttributeNames.1.member' failed to satisfy constraint: " +
                "Member must have length less than or equal to 32"),
            error);
    }

    [Theory]
    [InlineData("email_verified", "true", "Email is required to verify/un-verify an email")]
    [InlineData("email_verified", "false", "Email is required to verify/un-verify an email")]
    [InlineData("phone_number_verified", "true", "Phone Number is required to verify/un-verify a phone number")]
    public void CheckVerifiedFlags_FlagWithoutItsAttribute_IsInvalidParameter(string flag, string value, string message)
    {
        Assert.Equal(RuleViolation.InvalidParameter(message), UserAttributeRules.CheckVerifiedFlags(Map(flag, value)));
    }

    [Fact]
    public void CheckVerifiedFlags_FlagsWithTheirAttributes_Pass()
    {
        var attributes = Map("email", "a@example.com", "email_verified", "true", "phone_number", "+15551234567", "phone_number_verified", "false");

        Assert.Null(UserAttributeRules.CheckVerifiedFlags(attributes));
    }

    [Fact]
    public void CheckVerifiedFlags_EmailBlankedWithFlagKept_IsInvalidParameter()
    {
        var error = UserAttributeRules.CheckVerifiedFlags(Map("email", "", "email_verified", "true"));

        Assert.Equal(ErrorCodes.InvalidParameter, error?.Code);
    }
}
