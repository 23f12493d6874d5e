using Cluster.Domain.Errors;
using Cluster.Domain.Passwords;

namespace Cluster.Domain.Tests.Passwords;

public sealed class PasswordPolicyValidatorTests
{
    private static readonly PasswordPolicy All = PasswordPolicy.Default;
    private static readonly PasswordPolicy None = new(6, false, false, false, false);

    [Theory]
    [InlineData("Ab1!efgh")]
    [InlineData("Ab1 efgh")] // an inner space is a symbol
    [InlineData("zZ9^xxxx")]
    [InlineData("zZ9\"xxxx")]
    [InlineData("zZ9\\xxxx")]
    [InlineData("zZ9`xxxx")]
    public void Check_ConformingPassword_Null(string password)
    {
        Assert.Null(PasswordPolicyValidator.Check(password, All));
    }

    [Theory]
    [InlineData("Ab1!efg", "Password did not conform with policy: Password not long enough")]
    [InlineData("ab1!efgh", "Password did not conform with policy: Password must have uppercase characters")]
    [InlineData("AB1!EFGH", "Password did not conform with policy: Password must have lowercase characters")]
    [InlineData("Abc!efgh", "Password did not conform with policy: Password must have numeric characters")]
    [InlineData("Ab1cefgh", "Password did not conform with policy: Password must have symbol characters")]
    [InlineData("a", "Password did not conform with policy: Password not long enough")] // length is checked first
    [InlineData("abcdefgh", "Password did not conform with policy: Password must have uppercase characters")]
    [InlineData("ABCDEFGH", "Password did not conform with policy: Password must have lowercase characters")]
    [InlineData("ÀbcdÉfg1!", "Password did not conform with policy: Password must have uppercase characters")] // Basic Latin only
    [InlineData("Ab1€efgh", "Password did not conform with policy: Password must have symbol characters")] // not in Cognito's set
    public void Check_BrokenRule_CognitoMessageInOrder(string password, string message)
    {
        var violation = PasswordPolicyValidator.Check(password, All);

        Assert.Equal(new RuleViolation(ErrorCodes.InvalidPassword, message), violation);
    }

    [Fact]
    public void Check_EverySymbolInCognitosSet_CountsAsSymbol()
    {
        foreach (var symbol in "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+-")
        {
            Assert.Null(PasswordPolicyValidator.Check($"Ab1{symbol}efgh", All));
        }
    }

    [Theory]
    [InlineData(" Ab1!efgh")]
    [InlineData("Ab1!efgh ")]
    [InlineData("\tAb1!efgh")]
    [InlineData("Ab1!efgh\n")]
    [InlineData("")]
    public void Check_LeadingOrTrailingWhitespace_InvalidParameterWithCognitosPattern(string password)
    {
        var violation = PasswordPolicyValidator.Check(password, All);

        Assert.Equal(
            RuleViolation.InvalidParameter(
                @"1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[\S]+.*[\S]+$"),
            violation);
    }

    [Fact]
    public void Check_WithFieldName_NamesItInShapeError()
    {
        var violation = PasswordPolicyValidator.Check(" x", None, "proposedPassword");

        Assert.Contains("Value at 'proposedPassword'", violation!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Over256Characters_InvalidParameter()
    {
        var violation = PasswordPolicyValidator.Check("Ab1!" + new string('x', 253), All);

        Assert.Equal(
            RuleViolation.InvalidParameter("1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 256"),
            violation);
    }

    [Fact]
    public void Check_Exactly256Characters_Null()
    {
        Assert.Null(PasswordPolicyValidator.Check("Ab1!" + new string('x', 252), All));
    }

    [Theory]
    [InlineData("abcdef")]
    [InlineData("123456")]
    [InlineData("      x")] // leading whitespace is still a shape error, whatever the policy
    public void Check_NoClassesRequired_OnlyLengthAndShapeMatter(string password)
    {
        var violation = PasswordPolicyValidator.Check(password, None);

        if (password.StartsWith(' '))
        {
            Assert.Equal(ErrorCodes.InvalidParameter, violation?.Code);
        }
        else
        {
            Assert.Null(violation);
        }
    }

    [Fact]
    public void Check_ShorterThanCustomMinimum_NotLongEnough()
    {
        var violation = PasswordPolicyValidator.Check("Ab1!efghijk", All with { MinimumLength = 12 });

        Assert.Equal("Password did not conform with policy: Password not long enough", violation?.Message);
    }
}
