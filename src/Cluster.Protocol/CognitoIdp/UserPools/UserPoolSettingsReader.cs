using System.Text.Json;
using Cluster.Abstractions.UserPools;

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
        var policy = Object(input, "Policies", "PasswordPolicy");
        var admin = Object(input, "AdminCreateUserConfig");
        var invite = admin is { } a ? Object(a, "InviteMessageTemplate") : null;
        var signIn = Object(input, "Policies", "SignInPolicy");
        return defaults with
        {
            PasswordPolicy = policy is { } p ? ReadPasswordPolicy(p) : defaults.PasswordPolicy,
            DeletionProtection = String(input, "DeletionProtection") ?? defaults.DeletionProtection,
            MfaConfiguration = String(input, "MfaConfiguration") ?? defaults.MfaConfiguration,
            AutoVerifiedAttributes = Strings(input, "AutoVerifiedAttributes"),
            AliasAttributes = Strings(input, "AliasAttributes"),
            UsernameAttributes = Strings(input, "UsernameAttributes"),
            UsernameCaseSensitive = Object(input, "UsernameConfiguration") is { } u && Bool(u, "CaseSensitive") is { } cs ? cs : defaults.UsernameCaseSensitive,
            Schema = input.TryGetProperty("Schema", out var schema) && schema.ValueKind == JsonValueKind.Array
                ? schema.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(ReadSchemaAttribute).ToList()
                : [],
            Tags = input.TryGetProperty("UserPoolTags", out var tags) && tags.ValueKind == JsonValueKind.Object
                ? tags.EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
                : new Dictionary<string, string>(),
            AccountRecovery = Object(input, "AccountRecoverySetting") is { } r && r.TryGetProperty("RecoveryMechanisms", out var mechanisms)
                ? mechanisms.EnumerateArray().Select(m => new RecoveryOption(m.GetProperty("Name").GetString()!, m.GetProperty("Priority").GetInt32())).ToList()
                : [],
            AllowAdminCreateUserOnly = admin is { } a1 && Bool(a1, "AllowAdminCreateUserOnly") is { } only ? only : defaults.AllowAdminCreateUserOnly,
            UnusedAccountValidityDays = admin is { } a2 && Int(a2, "UnusedAccountValidityDays") is { } days ? days : defaults.UnusedAccountValidityDays,
            InviteSmsMessage = invite is { } i1 ? String(i1, "SMSMessage") : null,
            InviteEmailMessage = invite is { } i2 ? String(i2, "EmailMessage") : null,
            InviteEmailSubject = invite is { } i3 ? String(i3, "EmailSubject") : null,
            AllowedFirstAuthFactors = signIn is { } s && s.TryGetProperty("AllowedFirstAuthFactors", out var factors)
                ? factors.EnumerateArray().Select(f => f.GetString()!).ToList()
                : defaults.AllowedFirstAuthFactors,
            UserPoolTier = String(input, "UserPoolTier") ?? defaults.UserPoolTier,
            DeviceTracking = Object(input, "DeviceConfiguration") is not null,
            DeviceChallengeRequiredOnNewDevice = Object(input, "DeviceConfiguration") is { } d1 && Bool(d1, "ChallengeRequiredOnNewDevice") == true,
            DeviceOnlyRememberedOnUserPrompt = Object(input, "DeviceConfiguration") is { } d2 && Bool(d2, "DeviceOnlyRememberedOnUserPrompt") == true,
            AttributesRequireVerificationBeforeUpdate = Object(input, "UserAttributeUpdateSettings") is { } update && update.TryGetProperty("AttributesRequireVerificationBeforeUpdate", out var required) && required.ValueKind == JsonValueKind.Array
                ? required.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList()
                : [],
            EmailVerificationMessage = String(input, "EmailVerificationMessage"),
            EmailVerificationSubject = String(input, "EmailVerificationSubject"),
            SmsVerificationMessage = String(input, "SmsVerificationMessage"),
            SmsAuthenticationMessage = String(input, "SmsAuthenticationMessage"),
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
            MinimumLength = Int(p, "MinimumLength") ?? d.MinimumLength,
            RequireUppercase = Bool(p, "RequireUppercase") ?? false,
            RequireLowercase = Bool(p, "RequireLowercase") ?? false,
            RequireNumbers = Bool(p, "RequireNumbers") ?? false,
            RequireSymbols = Bool(p, "RequireSymbols") ?? false,
            PasswordHistorySize = Int(p, "PasswordHistorySize"),
            TemporaryPasswordValidityDays = Int(p, "TemporaryPasswordValidityDays") ?? d.TemporaryPasswordValidityDays,
        };
    }

    /// <summary>One <c>SchemaAttributeType</c>, as CreateUserPool's Schema and AddCustomAttributes' CustomAttributes carry it.</summary>
    public static SchemaAttribute ReadSchemaAttribute(JsonElement a)
    {
        var strings = Object(a, "StringAttributeConstraints");
        var numbers = Object(a, "NumberAttributeConstraints");
        return new SchemaAttribute
        {
            Name = String(a, "Name") ?? string.Empty,
            AttributeDataType = String(a, "AttributeDataType") ?? "String",
            DeveloperOnlyAttribute = Bool(a, "DeveloperOnlyAttribute") ?? false,
            Mutable = Bool(a, "Mutable") ?? true,
            Required = Bool(a, "Required") ?? false,
            MinLength = strings is { } s1 ? String(s1, "MinLength") : null,
            MaxLength = strings is { } s2 ? String(s2, "MaxLength") : null,
            MinValue = numbers is { } n1 ? String(n1, "MinValue") : null,
            MaxValue = numbers is { } n2 ? String(n2, "MaxValue") : null,
        };
    }

    private static JsonElement? Object(JsonElement parent, params string[] path)
    {
        var current = parent;
        foreach (var name in path)
        {
            if (!current.TryGetProperty(name, out current) || current.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
        }

        return current;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool? Bool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
}
