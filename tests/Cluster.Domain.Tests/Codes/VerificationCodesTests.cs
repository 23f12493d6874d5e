using Cluster.Domain.Codes;
using Cluster.Domain.Passwords;

namespace Cluster.Domain.Tests.Codes;

public sealed class VerificationCodesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(32)]
    public void NewNumeric_Digits_ThatManyDecimalDigits(int digits)
    {
        var code = VerificationCodes.NewNumeric(digits);

        Assert.Equal(digits, code.Length);
        Assert.All(code, c => Assert.True(char.IsAsciiDigit(c)));
    }

    [Fact]
    public void NewNumeric_Default_SixDigits()
    {
        Assert.Matches("^[0-9]{6}$", VerificationCodes.NewNumeric());
    }

    [Fact]
    public void NewNumeric_ManyDraws_DigitsRoughlyUniformAndLeadingZerosKept()
    {
        const int draws = 20_000;
        var counts = new int[10];
        var leadingZeros = 0;
        for (var i = 0; i < draws; i++)
        {
            var code = VerificationCodes.NewNumeric(2);
            counts[code[1] - '0']++;
            leadingZeros += code[0] == '0' ? 1 : 0;
        }

        // Chi-square with 9 degrees of freedom: 40 is beyond the 99.999th percentile, so a fair source
        // essentially never fails while a biased one (say, a modulo skew or a missing digit) does.
        var expected = draws / 10.0;
        var chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chiSquare < 40, $"chi-square {chiSquare:F1} for counts {string.Join(',', counts)}");
        Assert.InRange(leadingZeros, 1_600, 2_400);
    }

    [Fact]
    public void NewNumeric_ManyCodes_RarelyRepeat()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => VerificationCodes.NewNumeric(12)).ToHashSet();

        Assert.Equal(1000, codes.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(33)]
    public void NewNumeric_OutOfRange_Throws(int digits)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VerificationCodes.NewNumeric(digits));
    }

    public static TheoryData<PasswordPolicy> Policies => new()
    {
        PasswordPolicy.Default,
        new PasswordPolicy(6, false, false, false, false),
        new PasswordPolicy(6, true, false, false, false),
        new PasswordPolicy(6, false, true, false, false),
        new PasswordPolicy(6, false, false, true, false),
        new PasswordPolicy(6, false, false, false, true),
        new PasswordPolicy(99, true, true, true, true),
        new PasswordPolicy(12, true, true, true, false),
        new PasswordPolicy(8, false, false, true, true),
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void NewTemporaryPassword_Policy_AlwaysConforms(PasswordPolicy policy)
    {
        for (var i = 0; i < 300; i++)
        {
            var password = VerificationCodes.NewTemporaryPassword(policy);

            Assert.Null(PasswordPolicyValidator.Check(password, policy));
            Assert.Equal(Math.Max(policy.MinimumLength, 8), password.Length);
        }
    }

    [Fact]
    public void NewTemporaryPassword_SymbolsNotRequired_OnlyLettersAndDigits()
    {
        var password = string.Concat(Enumerable.Range(0, 50).Select(_ => VerificationCodes.NewTemporaryPassword(new PasswordPolicy(8, true, true, true, false))));

        Assert.All(password, c => Assert.True(char.IsAsciiLetterOrDigit(c)));
    }

    [Fact]
    public void NewTemporaryPassword_TwoCalls_Differ()
    {
        Assert.NotEqual(VerificationCodes.NewTemporaryPassword(PasswordPolicy.Default), VerificationCodes.NewTemporaryPassword(PasswordPolicy.Default));
    }

    [Fact]
    public void Hash_KnownAnswer_HmacSha256KeyedBySalt()
    {
        // From: printf '%s' 123456 | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102030405060708090a0b0c0d0e0f
        var hash = VerificationCodes.Hash("123456", Enumerable.Range(0, 16).Select(i => (byte)i).ToArray());

        Assert.Equal("2383F985EA6AE7041606FB8B2AB64D4F45258E812C3B632C4DF57C779EC8DBAA", Convert.ToHexString(hash));
    }

    [Fact]
    public void Matches_SameCodeAndSalt_True()
    {
        var salt = new byte[] { 9, 8, 7 };
        var stored = VerificationCodes.Hash("042917", salt);

        Assert.True(VerificationCodes.Matches("042917", salt, stored));
    }

    [Theory]
    [InlineData("042918")]
    [InlineData("42917")]
    [InlineData("042917 ")]
    [InlineData("")]
    public void Matches_OtherCode_False(string attempt)
    {
        var salt = new byte[] { 9, 8, 7 };

        Assert.False(VerificationCodes.Matches(attempt, salt, VerificationCodes.Hash("042917", salt)));
    }

    [Fact]
    public void Matches_OtherSaltOrTruncatedHash_False()
    {
        var stored = VerificationCodes.Hash("042917", [1]);

        Assert.False(VerificationCodes.Matches("042917", [2], stored));
        Assert.False(VerificationCodes.Matches("042917", [1], stored[..16]));
        Assert.False(VerificationCodes.Matches(null!, [1], stored));
    }
}
