using System.Text.Json;
using Cluster.Abstractions.UserPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.UserPools;

/// <summary>
/// Reads CreateUserPool's and UpdateUserPool's input (already shape-checked) into pool settings. Members not
/// given take Cognito's defaults: UpdateUserPool, like Cognito, resets whatever the caller leaves out.
/// </summary>
public static class UserPoolSettingsReader
{
    /// <summary>Members kept verbatim and echoed by DescribeUserPool: accepted, not yet acted on.</summary>
    private static readonly string[] StoredOnlyMembers =
    [
        "LambdaConfig", "VerificationMessageTemplate",
        "EmailConfiguration", "SmsConfiguration", "UserPoolAddOns", "KeyConfiguration", "IssuerConfiguration",
    ];

    public static UserPoolSettings Read(JsonElement input) => Read(input, input.GetProperty("PoolName").GetString()!);

    /// <summary>Reads the settings under <paramref name="name"/>, for inputs where the name is optional or fixed.</summary>
    public static UserPoolSettings Read(JsonElement input, string name)
    {
        var defaults = new UserPoolSettings { Name = name };
        var policy = input.Obj("Policies", "PasswordPolicy");
        var admin = input.Obj("AdminCreateUserConfig");
        var invite = admin is { } a ? a.Obj("InviteMessageTemplate") : null;
        var signIn = input.Obj("Policies", "SignInPolicy");
        return defaults with
        {
            PasswordPolicy = policy is { } p ? ReadPasswordPolicy(p) : defaults.PasswordPolicy,
            DeletionProtection = input.Str("DeletionProtection") ?? defaults.DeletionProtection,
            MfaConfiguration = input.Str("MfaConfiguration") ?? defaults.MfaConfiguration,
            AutoVerifiedAttributes = input.Strings("AutoVerifiedAttributes") ?? [],
            AliasAttributes = input.Strings("AliasAttributes") ?? [],
            UsernameAttributes = input.Strings("UsernameAttributes") ?? [],
            UsernameCaseSensitive = input.Obj("UsernameConfiguration") is { } u && u.Bool("CaseSensitive") is { } cs ? cs : defaults.UsernameCaseSensitive,
            Schema = input.TryGetProperty("Schema", out var schema) && schema.ValueKind == JsonValueKind.Array
                ? schema.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(ReadSchemaAttribute).ToList()
                : [],
            Tags = input.TryGetProperty("UserPoolTags", out var tags) && tags.ValueKind == JsonValueKind.Object
                ? tags.EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
                : new Dictionary<string, string>(),
            AccountRecovery = input.Obj("AccountRecoverySetting") is { } r && r.TryGetProperty("RecoveryMechanisms", out var mechanisms)
                ? mechanisms.EnumerateArray().Select(m => new RecoveryOption(m.GetProperty("Name").GetString()!, m.GetProperty("Priority").GetInt32())).ToList()
                : [],
            AllowAdminCreateUserOnly = admin is { } a1 && a1.Bool("AllowAdminCreateUserOnly") is { } only ? only : defaults.AllowAdminCreateUserOnly,
            UnusedAccountValidityDays = admin is { } a2 && a2.Number("UnusedAccountValidityDays") is { } days ? days : defaults.UnusedAccountValidityDays,
            InviteSmsMessage = invite is { } i1 ? i1.Str("SMSMessage") : null,
            InviteEmailMessage = invite is { } i2 ? i2.Str("EmailMessage") : null,
            InviteEmailSubject = invite is { } i3 ? i3.Str("EmailSubject") : null,
            AllowedFirstAuthFactors = signIn is { } s && s.TryGetProperty("AllowedFirstAuthFactors", out var factors)
                ? factors.EnumerateArray().Select(f => f.GetString()!).ToList()
                : defaults.AllowedFirstAuthFactors,
            UserPoolTier = input.Str("UserPoolTier") ?? defaults.UserPoolTier,
            DeviceTracking = input.Obj("DeviceConfiguration") is not null,
            DeviceChallengeRequiredOnNewDevice = input.Obj("DeviceConfiguration") is { } d1 && d1.Bool("ChallengeRequiredOnNewDevice") == true,
            DeviceOnlyRememberedOnUserPrompt = input.Obj("DeviceConfiguration") is { } d2 && d2.Bool("DeviceOnlyRememberedOnUserPrompt") == true,
            AttributesRequireVerificationBeforeUpdate = input.Obj("UserAttributeUpdateSettings") is { } update && update.TryGetProperty("AttributesRequireVerificationBeforeUpdate", out var required) && required.ValueKind == JsonValueKind.Array
                ? required.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList()
                : [],
            EmailVerificationMessage = input.Str("EmailVerificationMessage"),
            EmailVerificationSubject = input.Str("EmailVerificationSubject"),
            SmsVerificationMessage = input.Str("SmsVerificationMessage"),
            SmsAuthenticationMessage = input.Str("SmsAuthenticationMessage"),
            StoredOnly = StoredOnlyMembers
                .Where(m => input.TryGetProperty(m, out var v) && v.ValueKind != JsonValueKind.Null)
                .ToDictionary(m => m, m => input.GetProperty(m).GetRawText(), StringComparer.Ordinal),
        };
    }

    private static PasswordPolicySettings ReadPasswordPolicy(JsonElement p)
    {
        var d = new PasswordPolicySettings();
        return new PasswordPolicySettings
        {
            MinimumLength = p.Number("MinimumLength") ?? d.MinimumLength,
            RequireUppercase = p.Bool("RequireUppercase") ?? false,
            RequireLowercase = p.Bool("RequireLowercase") ?? false,
            RequireNumbers = p.Bool("RequireNumbers") ?? false,
            RequireSymbols = p.Bool("RequireSymbols") ?? false,
            PasswordHistorySize = p.Number("PasswordHistorySize"),
            TemporaryPasswordValidityDays = p.Number("TemporaryPasswordValidityDays") ?? d.TemporaryPasswordValidityDays,
        };
    }

    /// <summary>One <c>SchemaAttributeType</c>, as CreateUserPool's Schema and AddCustomAttributes' CustomAttributes carry it.</summary>
    public static SchemaAttribute ReadSchemaAttribute(JsonElement a)
    {
        var strings = a.Obj("StringAttributeConstraints");
        var numbers = a.Obj("NumberAttributeConstraints");
        return new SchemaAttribute
        {
            Name = a.Str("Name") ?? string.Empty,
            AttributeDataType = a.Str("AttributeDataType") ?? "String",
            DeveloperOnlyAttribute = a.Bool("DeveloperOnlyAttribute") ?? false,
            Mutable = a.Bool("Mutable") ?? true,
            Required = a.Bool("Required") ?? false,
            MinLength = strings is { } s1 ? s1.Str("MinLength") : null,
            MaxLength = strings is { } s2 ? s2.Str("MaxLength") : null,
            MinValue = numbers is { } n1 ? n1.Str("MinValue") : null,
            MaxValue = numbers is { } n2 ? n2.Str("MaxValue") : null,
        };
    }
}
