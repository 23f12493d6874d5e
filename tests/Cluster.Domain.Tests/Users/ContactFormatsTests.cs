using Cluster.Domain.Users;

namespace Cluster.Domain.Tests.Users;

public sealed class ContactFormatsTests
{
    [Theory]
    [InlineData("alice@example.com")]
    [InlineData("a.b+tag@sub.example.co.uk")]
    [InlineData("o'brien@example.ie")]
    [InlineData("x@a-b.io")]
    [InlineData("user_1!#$%&*/=?^`{|}~@example.com")]
    [InlineData("zoë@exämple.de")]
    [InlineData("123@456.78")]
    public void IsEmail_Address_IsAccepted(string value)
    {
        Assert.True(ContactFormats.IsEmail(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("alice")]
    [InlineData("@example.com")]
    [InlineData("alice@")]
    [InlineData("alice@example")]
    [InlineData("alice@@example.com")]
    [InlineData("a@b@example.com")]
    [InlineData("alice @example.com")]
    [InlineData("alice@exa mple.com")]
    [InlineData(".alice@example.com")]
    [InlineData("alice.@example.com")]
    [InlineData("al..ice@example.com")]
    [InlineData("alice@example..com")]
    [InlineData("alice@.example.com")]
    [InlineData("alice@example.com.")]
    [InlineData("alice@-example.com")]
    [InlineData("alice@example-.com")]
    [InlineData("\"alice\"@example.com")]
    [InlineData("alice@exa_mple.com")]
    [InlineData("alice(comment)@example.com")]
    public void IsEmail_NotAnAddress_IsRefused(string? value)
    {
        Assert.False(ContactFormats.IsEmail(value));
    }

    [Fact]
    public void IsEmail_LocalPartOver64_IsRefused()
    {
        Assert.True(ContactFormats.IsEmail(new string('a', 64) + "@example.com"));
        Assert.False(ContactFormats.IsEmail(new string('a', 65) + "@example.com"));
    }

    [Theory]
    [InlineData("+1")]
    [InlineData("+15551234567")]
    [InlineData("+442071838750")]
    [InlineData("+123456789012345")]
    public void IsPhoneNumber_E164_IsAccepted(string value)
    {
        Assert.True(ContactFormats.IsPhoneNumber(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("15551234567")]
    [InlineData("+0123456")]
    [InlineData("+1234567890123456")]
    [InlineData("+1 555 123 4567")]
    [InlineData("+1-555-123-4567")]
    [InlineData("+1(555)1234567")]
    [InlineData("++15551234567")]
    [InlineData("+١٢٣")]
    [InlineData("+15551234567 ")]
    public void IsPhoneNumber_NotE164_IsRefused(string? value)
    {
        Assert.False(ContactFormats.IsPhoneNumber(value));
    }
}
