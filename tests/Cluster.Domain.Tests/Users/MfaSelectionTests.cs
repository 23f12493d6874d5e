using Cluster.Domain.Users;

namespace Cluster.Domain.Tests.Users;

public sealed class MfaSelectionTests
{
    private static readonly string[] AllFactors = [MfaFactor.Sms, MfaFactor.SoftwareToken, MfaFactor.Email];

    [Fact]
    public void Choose_PoolOff_AsksNothing() =>
        Assert.Equal(MfaStep.None, MfaSelection.Choose("OFF", AllFactors, [MfaFactor.SoftwareToken], null, true, true).Step);

    [Fact]
    public void Choose_OptionalAndNothingEnabled_AsksNothing() =>
        Assert.Equal(MfaStep.None, MfaSelection.Choose("OPTIONAL", AllFactors, [], null, true, true).Step);

    [Fact]
    public void Choose_RequiredAndNothingEnabled_SetsUpTheAuthenticator()
    {
        var decision = MfaSelection.Choose("ON", AllFactors, [], null, true, true);

        Assert.Equal(MfaStep.Setup, decision.Step);
    }

    [Fact]
    public void Choose_RequiredWithoutTotpInPool_FallsBackToSmsWhenThereIsAPhone()
    {
        var decision = MfaSelection.Choose("ON", [MfaFactor.Sms], [], null, hasPhone: true, hasEmail: false);

        Assert.Equal((MfaStep.Challenge, MfaFactor.Sms), (decision.Step, decision.Factor));
        Assert.Equal(MfaStep.Unavailable, MfaSelection.Choose("ON", [MfaFactor.Sms], [], null, hasPhone: false, hasEmail: true).Step);
    }

    [Fact]
    public void Choose_OneEnabled_ChallengesIt()
    {
        var decision = MfaSelection.Choose("OPTIONAL", AllFactors, [MfaFactor.SoftwareToken], null, false, false);

        Assert.Equal((MfaStep.Challenge, MfaFactor.SoftwareToken), (decision.Step, decision.Factor));
    }

    [Fact]
    public void Choose_SeveralWithoutPreference_AsksToSelect()
    {
        var decision = MfaSelection.Choose("OPTIONAL", AllFactors, [MfaFactor.SoftwareToken, MfaFactor.Sms], null, true, false);

        Assert.Equal(MfaStep.Select, decision.Step);
        Assert.Equal([MfaFactor.SoftwareToken, MfaFactor.Sms], decision.Choices);
    }

    [Fact]
    public void Choose_PreferredWins()
    {
        var decision = MfaSelection.Choose("ON", AllFactors, [MfaFactor.SoftwareToken, MfaFactor.Sms], MfaFactor.Sms, true, false);

        Assert.Equal(MfaFactor.Sms, decision.Factor);
    }

    [Fact]
    public void Choose_FactorThePoolTurnedOff_IsNotOffered() =>
        Assert.Equal(MfaStep.None, MfaSelection.Choose("OPTIONAL", [MfaFactor.Sms], [MfaFactor.SoftwareToken], null, true, true).Step);

    [Fact]
    public void Choose_SmsWithoutPhone_IsNotOffered()
    {
        var decision = MfaSelection.Choose("OPTIONAL", AllFactors, [MfaFactor.Sms, MfaFactor.Email], null, hasPhone: false, hasEmail: true);

        Assert.Equal((MfaStep.Challenge, MfaFactor.Email), (decision.Step, decision.Factor));
    }
}
