using Cluster.Domain.Errors;
using Cluster.Domain.Users;

namespace Cluster.Domain.Tests.Users;

public sealed class UserAttributeRulesWriteTests
{
    private const string Conform = "Attributes did not conform to the schema: ";

    private static KeyValuePair<string, string>[] Attrs(params string[] nameValues) =>
        [.. nameValues.Chunk(2).Select(p => KeyValuePair.Create(p[0], p[1]))];

    private static RuleViolation? Create(AttributeWriter writer, params string[] nameValues) =>
        UserAttributeRules.CheckWrite(Attrs(nameValues), UserTestSchema.Pool, writer, creating: true);

    private static RuleViolation? Update(AttributeWriter writer, params string[] nameValues) =>
        UserAttributeRules.CheckWrite(Attrs(nameValues), UserTestSchema.Pool, writer, creating: false);

    [Theory]
    [InlineData(AttributeWriter.User)]
    [InlineData(AttributeWriter.Admin)]
    public void CheckWrite_ValidAttributes_Passes(AttributeWriter writer)
    {
        var error = Create(
            writer,
            "email", "alice@example.com",
            "name", "Zoë 日本",
            "phone_number", "+15551234567",
            "birthdate", "1990-01-31",
            "updated_at", "1700000000",
            "custom:tier", "gold",
            "custom:age", "42",
            "custom:flag", "false",
            "custom:joined", "2020-01-01T00:00:00Z",
            "custom:locked", "x");

        Assert.Null(error);
    }

    [Fact]
    public void CheckWrite_NoAttributes_Passes()
    {
        Assert.Null(Create(AttributeWriter.User));
    }

    [Fact]
    public void CheckWrite_UnknownOnCreate_NamesItWithSchemaPrefix()
    {
        var error = Create(AttributeWriter.User, "custom:nope", "x");

        Assert.Equal(RuleViolation.InvalidParameter(Conform + "custom:nope: Attribute does not exist in the schema.\n"), error);
    }

    [Fact]
    public void CheckWrite_UnknownOnUpdate_NamesItAsUserAttribute()
    {
        var error = Update(AttributeWriter.User, "update_email", "x");

        Assert.Equal(RuleViolation.InvalidParameter("user.update_email: Attribute does not exist in the schema.\n"), error);
    }

    [Fact]
    public void CheckWrite_SeveralViolations_ListsEachOnItsOwnLineInRequestOrder()
    {
        var error = Create(AttributeWriter.Admin, "custom:firstname", "a", "custom:tier", "platinum-plus", "custom:lastname", "b");

        Assert.Equal(
            RuleViolation.InvalidParameter(Conform +
                "custom:firstname: Attribute does not exist in the schema.\n" +
                "custom:tier: String must be no longer than 10 characters\n" +
                "custom:lastname: Attribute does not exist in the schema.\n"),
            error);
    }

    [Theory]
    [InlineData("Email")]
    [InlineData("custom:Tier")]
    [InlineData("tier")]
    [InlineData("custom:secret")]
    public void CheckWrite_NameNotSpelledAsInSchema_IsUnknown(string name)
    {
        var error = Create(AttributeWriter.Admin, name, "x");

        Assert.Equal(RuleViolation.InvalidParameter(Conform + $"{name}: Attribute does not exist in the schema.\n"), error);
    }

    [Theory]
    [InlineData(AttributeWriter.User, true)]
    [InlineData(AttributeWriter.Admin, true)]
    [InlineData(AttributeWriter.Admin, false)]
    public void CheckWrite_Sub_IsNeverWritable(AttributeWriter writer, bool creating)
    {
        var error = UserAttributeRules.CheckWrite(Attrs("sub", "abc"), UserTestSchema.Pool, writer, creating);

        Assert.Equal(ErrorCodes.InvalidParameter, error?.Code);
        Assert.EndsWith("sub: Attribute cannot be updated.\n", error?.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AttributeWriter.User)]
    [InlineData(AttributeWriter.Admin)]
    public void CheckWrite_ImmutableOnUpdate_CannotBeUpdated(AttributeWriter writer)
    {
        var error = Update(writer, "custom:locked", "y");

        Assert.Equal(RuleViolation.InvalidParameter("user.custom:locked: Attribute cannot be updated.\n"), error);
    }

    [Fact]
    public void CheckWrite_ImmutableBlankOnUpdate_CannotBeDeletedEither()
    {
        var error = Update(AttributeWriter.Admin, "custom:locked", "");

        Assert.Equal(RuleViolation.InvalidParameter("user.custom:locked: Attribute cannot be updated.\n"), error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CheckWrite_DeveloperOnlyByUser_IsNotAuthorized(bool creating)
    {
        var error = UserAttributeRules.CheckWrite(Attrs("dev:custom:secret", "x"), UserTestSchema.Pool, AttributeWriter.User, creating);

        Assert.Equal(new RuleViolation(ErrorCodes.NotAuthorized, "A client attempted to write unauthorized attribute"), error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void CheckWrite_DeveloperOnlyByAdmin_Passes(bool creating)
    {
        Assert.Null(UserAttributeRules.CheckWrite(Attrs("dev:custom:secret", "x"), UserTestSchema.Pool, AttributeWriter.Admin, creating));
    }

    [Theory]
    [InlineData("email_verified")]
    [InlineData("phone_number_verified")]
    public void CheckWrite_VerifiedFlagByUser_IsNotAuthorized(string flag)
    {
        var error = Update(AttributeWriter.User, flag, "true");

        Assert.Equal(ErrorCodes.NotAuthorized, error?.Code);
    }

    [Theory]
    [InlineData("email_verified")]
    [InlineData("phone_number_verified")]
    public void CheckWrite_VerifiedFlagByAdmin_Passes(string flag)
    {
        Assert.Null(Update(AttributeWriter.Admin, flag, "true"));
    }

    [Fact]
    public void CheckWrite_PermissionCheckedBeforeSchema_NotAuthorizedWins()
    {
        var error = Create(AttributeWriter.User, "custom:nope", "x", "email_verified", "true");

        Assert.Equal(ErrorCodes.NotAuthorized, error?.Code);
    }

    [Fact]
    public void CheckWrite_ClientWriteAttributesListed_AllowsOnlyThose()
    {
        string[] writable = ["email", "email_verified"];

        var allowed = UserAttributeRules.CheckWrite(
            Attrs("email", "a@example.com", "email_verified", "true"), UserTestSchema.Pool, AttributeWriter.User, creating: false, writable);
        var refused = UserAttributeRules.CheckWrite(
            Attrs("email", "a@example.com", "given_name", "Al"), UserTestSchema.Pool, AttributeWriter.User, creating: false, writable);

        Assert.Null(allowed);
        Assert.Equal(ErrorCodes.NotAuthorized, refused?.Code);
    }

    [Fact]
    public void CheckWrite_ClientWriteAttributesListed_UnknownNameIsNotAuthorized()
    {
        var error = UserAttributeRules.CheckWrite(
            Attrs("custom:nope", "x"), UserTestSchema.Pool, AttributeWriter.User, creating: true, ["email"]);

        Assert.Equal(ErrorCodes.NotAuthorized, error?.Code);
    }

    [Fact]
    public void CheckWrite_ClientWriteAttributesIgnoredForAdmin()
    {
        var error = UserAttributeRules.CheckWrite(
            Attrs("given_name", "Al"), UserTestSchema.Pool, AttributeWriter.Admin, creating: false, ["email"]);

        Assert.Null(error);
    }

    [Theory]
    [InlineData("custom:tier", "0123456789", null)]
    [InlineData("custom:tier", "日本語日本語日本語日", null)]
    [InlineData("custom:tier", "01234567890", "String must be no longer than 10 characters")]
    [InlineData("birthdate", "1990-01-31", null)]
    [InlineData("birthdate", "1990-1-31", "String must be no shorter than 10 characters")]
    [InlineData("birthdate", "1990-01-311", "String must be no longer than 10 characters")]
    [InlineData("custom:age", "0", null)]
    [InlineData("custom:age", "150", null)]
    [InlineData("custom:age", "+7", null)]
    [InlineData("custom:age", "-1", "Number must be no less than 0")]
    [InlineData("custom:age", "151", "Number must be no greater than 150")]
    [InlineData("custom:age", "abc", "Number must be an integer")]
    [InlineData("custom:age", "4.5", "Number must be an integer")]
    [InlineData("custom:age", " 4", "Number must be an integer")]
    [InlineData("custom:age", "", "Number must be an integer")]
    [InlineData("custom:age", "99999999999999999999", "Number must be an integer")]
    [InlineData("updated_at", "-5", "Number must be no less than 0")]
    [InlineData("custom:flag", "true", null)]
    [InlineData("custom:flag", "True", "Attribute value must be true or false")]
    [InlineData("custom:flag", "1", "Attribute value must be true or false")]
    [InlineData("email_verified", "yes", "Attribute value must be true or false")]
    [InlineData("phone_number_verified", "false", null)]
    public void CheckWrite_ValueAgainstDataType_ReportsSchemaReason(string name, string value, string? reason)
    {
        var error = Create(AttributeWriter.Admin, name, value);

        Assert.Equal(reason is null ? null : RuleViolation.InvalidParameter(Conform + $"{name}: {reason}\n"), error);
    }

    [Theory]
    [InlineData("email", "not-an-email", "Invalid email address format.")]
    [InlineData("email", "a@b", "Invalid email address format.")]
    [InlineData("email", "", "Invalid email address format.")]
    [InlineData("phone_number", "5551234567", "Invalid phone number format.")]
    [InlineData("phone_number", "+1 555 123 4567", "Invalid phone number format.")]
    [InlineData("phone_number", "", "Invalid phone number format.")]
    public void CheckWrite_BadContactOnCreate_IsFormatError(string name, string value, string message)
    {
        var error = Create(AttributeWriter.User, name, value);

        Assert.Equal(RuleViolation.InvalidParameter(message), error);
    }

    [Fact]
    public void CheckWrite_BadEmailOnUpdate_IsFormatError()
    {
        Assert.Equal(RuleViolation.InvalidParameter("Invalid email address format."), Update(AttributeWriter.User, "email", "x@"));
    }

    [Fact]
    public void CheckWrite_SchemaViolationAndBadEmail_SchemaReportedFirst()
    {
        var error = Create(AttributeWriter.Admin, "email", "nope", "custom:nope", "x");

        Assert.Equal(RuleViolation.InvalidParameter(Conform + "custom:nope: Attribute does not exist in the schema.\n"), error);
    }

    [Theory]
    [InlineData("given_name")]
    [InlineData("phone_number")]
    [InlineData("custom:age")]
    public void CheckWrite_BlankOptionalOnUpdate_IsADeletion(string name)
    {
        Assert.Null(Update(AttributeWriter.User, name, ""));
    }

    [Theory]
    [InlineData("email")]
    [InlineData("name")]
    public void CheckWrite_BlankRequiredOnUpdate_IsRequired(string name)
    {
        var error = Update(AttributeWriter.Admin, name, "");

        Assert.Equal(RuleViolation.InvalidParameter($"user.{name}: The attribute is required\n"), error);
    }

    [Fact]
    public void CheckWrite_DuplicateName_IsInvalidParameter()
    {
        var error = Create(AttributeWriter.User, "given_name", "A", "family_name", "B", "given_name", "C");

        Assert.Equal(RuleViolation.InvalidParameter("Duplicate attribute name in the request: given_name."), error);
    }

    [Fact]
    public void CheckWrite_ValueOverModelLimit_IsValidationErrorWithoutTheValue()
    {
        var error = Create(AttributeWriter.Admin, "given_name", "ok", "custom:age", new string('9', 2049));

        Assert.Equal(
            RuleViolation.InvalidParameter(
                "1 validation error detected: Value at 'userAttributes.2.member.value' failed to satisfy constraint: " +
                "Member must have length less than or equal to 2048"),
            error);
    }

    [Fact]
    public void CheckWrite_ValueAtModelLimit_PassesTheModelCheck()
    {
        var error = Create(AttributeWriter.Admin, "given_name", new string('x', 2048));

        Assert.Null(error);
    }

    [Fact]
    public void CheckWrite_SeveralModelViolations_CountsAndJoinsThem()
    {
        var longName = "custom:" + new string('n', 26);

        var error = Create(AttributeWriter.Admin, "given_name", new string('x', 2049), longName, "v");

        Assert.Equal(
            RuleViolation.InvalidParameter(
                "2 validation errors detected: " +
                "Value at 'userAttributes.1.member.value' failed to satisfy constraint: Member must have length less than or equal to 2048; " +
                $"Value '{longName}' at 'userAttributes.2.member.name' failed to satisfy constraint: Member must have length less than or equal to 32"),
            error);
    }

    [Fact]
    public void CheckWrite_NameBreakingModelPattern_IsValidationError()
    {
        var error = Create(AttributeWriter.Admin, "bad\u0001name", "v");

        Assert.Equal(
            RuleViolation.InvalidParameter(
                "1 validation error detected: Value 'bad\u0001name' at 'userAttributes.1.member.name' failed to satisfy constraint: " +
                @"Member must satisfy regular expression pattern: [\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+"),
            error);
    }

    [Fact]
    public void CheckWrite_EmptyName_ReportsLengthAndPattern()
    {
        var error = Create(AttributeWriter.Admin, "", "v");

        Assert.StartsWith("2 validation errors detected: Value '' at 'userAttributes.1.member.name'", error?.Message, StringComparison.Ordinal);
        Assert.Contains("Member must have length greater than or equal to 1; ", error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckWrite_NameWithSpace_PassesModelButIsUnknown()
    {
        var error = Create(AttributeWriter.Admin, "given name", "v");

        Assert.Equal(RuleViolation.InvalidParameter(Conform + "given name: Attribute does not exist in the schema.\n"), error);
    }
}
