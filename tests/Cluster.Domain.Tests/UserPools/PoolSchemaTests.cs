using Cluster.Domain.Errors;
using Cluster.Domain.UserPools;

namespace Cluster.Domain.Tests.UserPools;

public sealed class PoolSchemaTests
{
    private static SchemaAttributeDefinition Attribute(string name, string type = "String", bool required = false, bool mutable = true, string? maxLength = null) =>
        new(name, type, DeveloperOnly: false, mutable, required, MinLength: null, maxLength, MinValue: null, MaxValue: null);

    [Fact]
    public void Build_NothingRequested_IsTheStandardSchema()
    {
        var (schema, error) = PoolSchema.Build([]);

        Assert.Null(error);
        Assert.Equal(StandardAttributes.All.Select(a => a.Name), schema!.Select(a => a.Name));
        Assert.False(schema!.Single(a => a.Name == "sub").Mutable);
    }

    [Fact]
    public void Build_CustomAttribute_GetsPrefixAndDefaultLengths()
    {
        var (schema, error) = PoolSchema.Build([Attribute("tier")]);

        Assert.Null(error);
        var tier = schema!.Single(a => a.Name == "custom:tier");
        Assert.Equal("0", tier.MinLength);
        Assert.Equal("2048", tier.MaxLength);
    }

    [Fact]
    public void Build_DeveloperOnlyAttribute_GetsDevPrefix()
    {
        var (schema, _) = PoolSchema.Build([Attribute("secret") with { DeveloperOnly = true }]);

        Assert.Contains(schema!, a => a.Name == "dev:custom:secret");
    }

    [Fact]
    public void Build_StandardAttributeMadeRequired_KeepsItsPlace()
    {
        var (schema, error) = PoolSchema.Build([Attribute("email", required: true)]);

        Assert.Null(error);
        Assert.True(schema!.Single(a => a.Name == "email").Required);
        Assert.Equal(StandardAttributes.All.Count, schema!.Count);
    }

    [Theory]
    [InlineData("email", "Number")]
    [InlineData("email_verified", "String")]
    public void Build_StandardAttributeWithOtherType_IsInvalidParameter(string name, string type)
    {
        var (_, error) = PoolSchema.Build([Attribute(name, type)]);

        Assert.Equal(ErrorCodes.InvalidParameter, error?.Code);
    }

    [Fact]
    public void Build_RequiredCustomAttribute_IsInvalidParameter()
    {
        var (_, error) = PoolSchema.Build([Attribute("plan", required: true)]);

        Assert.Equal(ErrorCodes.InvalidParameter, error?.Code);
    }

    [Fact]
    public void Build_DuplicateCustomAttribute_IsInvalidParameter()
    {
        var (_, error) = PoolSchema.Build([Attribute("plan"), Attribute("plan")]);

        Assert.Equal(ErrorCodes.InvalidParameter, error?.Code);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("4096")]
    public void Build_BadMaxLength_IsInvalidParameter(string maxLength)
    {
        var (_, error) = PoolSchema.Build([Attribute("plan", maxLength: maxLength)]);

        Assert.Equal(ErrorCodes.InvalidParameter, error?.Code);
    }

    [Fact]
    public void Build_MinAboveMax_IsInvalidParameter()
    {
        var (_, error) = PoolSchema.Build([Attribute("plan", maxLength: "5") with { MinLength = "6" }]);

        Assert.Equal(ErrorCodes.InvalidParameter, error?.Code);
    }

    [Fact]
    public void Build_MoreThanFiftyCustomAttributes_IsLimitExceeded()
    {
        var (_, error) = PoolSchema.Build(Enumerable.Range(0, 51).Select(i => Attribute($"a{i}")));

        Assert.Equal(ErrorCodes.LimitExceeded, error?.Code);
    }

    [Fact]
    public void Build_SubMadeMutable_IsInvalidParameter()
    {
        var (_, error) = PoolSchema.Build([Attribute("sub", required: true, mutable: true)]);

        Assert.Equal(ErrorCodes.InvalidParameter, error?.Code);
    }
}
