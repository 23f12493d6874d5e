using Cluster.Domain.Errors;
using Cluster.Domain.Users;

namespace Cluster.Domain.Tests.Users;

public sealed class FirstFactorSelectionTests
{
    private static readonly string[] AllFactors = ["PASSWORD", "EMAIL_OTP", "SMS_OTP", "WEB_AUTHN"];
    private static readonly FirstFactorFacts Everything = new(HasPassword: true, HasEmail: true, HasPhone: true, HasPasskey: true);

    [Fact]
    public void Available_PasswordFactor_OffersBothPasswordChallenges() =>
        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], FirstFactorSelection.Available(["PASSWORD"], "OFF", Everything));

    [Fact]
    public void Available_EverythingAllowed_FollowsWhatTheUserHas()
    {
        var emailOnly = new FirstFactorFacts(HasPassword: true, HasEmail: true, HasPhone: false, HasPasskey: false);
        var passkeyNoPassword = new FirstFactorFacts(HasPassword: false, HasEmail: false, HasPhone: true, HasPasskey: true);

        Assert.Equal(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"], FirstFactorSelection.Available(AllFactors, "OFF", emailOnly));
        Assert.Equal(["WEB_AUTHN", "SMS_OTP"], FirstFactorSelection.Available(AllFactors, "OPTIONAL", passkeyNoPassword));
    }

    [Fact]
    public void Available_MfaRequired_WithholdsPasswordlessFactors() =>
        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], FirstFactorSelection.Available(AllFactors, "ON", Everything));

    [Fact]
    public void ConfiguredFactors_NameFactorsNotChallenges() =>
        Assert.Equal(["PASSWORD", "WEB_AUTHN", "EMAIL_OTP", "SMS_OTP"], FirstFactorSelection.ConfiguredFactors(AllFactors, "OFF", Everything));

    [Theory]
    [InlineData("SMS_OTP")]
    [InlineData("SOFTWARE_TOKEN_MFA")]
    [InlineData("SELECT_CHALLENGE")]
    public void CheckRequested_NotAllowedOrNotAFirstFactor_IsInvalidParameter(string challenge) =>
        Assert.Equal(ErrorCodes.InvalidParameter, FirstFactorSelection.CheckRequested(challenge, ["PASSWORD", "EMAIL_OTP"], "OFF")?.Code);

    [Fact]
    public void CheckRequested_AllowedByThePool_PassesWhateverTheUserHas()
    {
        Assert.Null(FirstFactorSelection.CheckRequested("PASSWORD_SRP", ["PASSWORD"], "OFF"));
        Assert.Null(FirstFactorSelection.CheckRequested("WEB_AUTHN", AllFactors, "OPTIONAL"));
        Assert.NotNull(FirstFactorSelection.CheckRequested("WEB_AUTHN", AllFactors, "ON"));
    }

    [Fact]
    public void SessionName_DiffersFromTheMfaChallengeOfTheSameName() =>
        Assert.NotEqual(MfaFactor.Email, FirstFactor.SessionName(FirstFactor.EmailOtp));
}
