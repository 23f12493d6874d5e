using System.Text.Json;
using Cluster.Abstractions.Users;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Mfa;

/// <summary>Reads the SMSMfaSettings, SoftwareTokenMfaSettings and EmailMfaSettings members.</summary>
public static class MfaPreferenceReader
{
    public static MfaPreferences Read(JsonElement input) => new(
        Factor(input, "SMSMfaSettings"),
        Factor(input, "SoftwareTokenMfaSettings"),
        Factor(input, "EmailMfaSettings"));

    private static FactorPreference? Factor(JsonElement input, string member) =>
        input.Obj(member) is { } settings ? new FactorPreference(settings.Bool("Enabled") ?? false, settings.Bool("PreferredMfa") ?? false) : null;
}
