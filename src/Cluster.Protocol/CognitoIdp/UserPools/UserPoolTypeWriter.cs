using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Abstractions.UserPools;

namespace Cluster.Protocol.CognitoIdp.UserPools;

/// <summary>Writes a pool as the service model's <c>UserPoolType</c> and <c>UserPoolDescriptionType</c>.</summary>
public static class UserPoolTypeWriter
{
    public static JsonObject Write(UserPoolSnapshot pool)
    {
        var s = pool.Settings;
        var p = s.PasswordPolicy;
        var passwordPolicy = new JsonObject
        {
            ["MinimumLength"] = p.MinimumLength,
            ["RequireUppercase"] = p.RequireUppercase,
            ["RequireLowercase"] = p.RequireLowercase,
            ["RequireNumbers"] = p.RequireNumbers,
            ["RequireSymbols"] = p.RequireSymbols,
            ["TemporaryPasswordValidityDays"] = p.TemporaryPasswordValidityDays,
        };
        if (p.PasswordHistorySize is { } history)
        {
            passwordPolicy["PasswordHistorySize"] = history;
        }

        var invite = new JsonObject();
        AddIfSet(invite, "SMSMessage", s.InviteSmsMessage);
        AddIfSet(invite, "EmailMessage", s.InviteEmailMessage);
        AddIfSet(invite, "EmailSubject", s.InviteEmailSubject);
        var admin = new JsonObject
        {
            ["AllowAdminCreateUserOnly"] = s.AllowAdminCreateUserOnly,
            ["UnusedAccountValidityDays"] = s.UnusedAccountValidityDays,
        };
        if (invite.Count > 0)
        {
            admin["InviteMessageTemplate"] = invite;
        }

        var result = new JsonObject
        {
            ["Id"] = pool.Id,
            ["Name"] = s.Name,
            ["Arn"] = pool.Arn,
            ["Policies"] = new JsonObject
            {
                ["PasswordPolicy"] = passwordPolicy,
                ["SignInPolicy"] = new JsonObject { ["AllowedFirstAuthFactors"] = Array(s.AllowedFirstAuthFactors) },
            },
            ["DeletionProtection"] = s.DeletionProtection,
            ["LambdaConfig"] = new JsonObject(),
            ["LastModifiedDate"] = EpochSecondsConverter.ToEpochSeconds(pool.LastModifiedDate),
            ["CreationDate"] = EpochSecondsConverter.ToEpochSeconds(pool.CreationDate),
            ["SchemaAttributes"] = new JsonArray(s.Schema.Select(WriteSchemaAttribute).ToArray<JsonNode?>()),
            ["MfaConfiguration"] = s.MfaConfiguration,
            ["EstimatedNumberOfUsers"] = pool.EstimatedNumberOfUsers,
            ["UserPoolTags"] = new JsonObject(s.Tags.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value))),
            ["AdminCreateUserConfig"] = admin,
            ["UsernameConfiguration"] = new JsonObject { ["CaseSensitive"] = s.UsernameCaseSensitive },
            ["UserPoolTier"] = s.UserPoolTier,
            ["VerificationMessageTemplate"] = new JsonObject { ["DefaultEmailOption"] = "CONFIRM_WITH_CODE" },
            ["EmailConfiguration"] = new JsonObject { ["EmailSendingAccount"] = "COGNITO_DEFAULT" },
        };
        if (s.DeviceTracking)
        {
            result["DeviceConfiguration"] = new JsonObject
            {
                ["ChallengeRequiredOnNewDevice"] = s.DeviceChallengeRequiredOnNewDevice,
                ["DeviceOnlyRememberedOnUserPrompt"] = s.DeviceOnlyRememberedOnUserPrompt,
            };
        }

        if (s.AttributesRequireVerificationBeforeUpdate.Count > 0)
        {
            result["UserAttributeUpdateSettings"] = new JsonObject { ["AttributesRequireVerificationBeforeUpdate"] = Array(s.AttributesRequireVerificationBeforeUpdate) };
        }

        if (s.AutoVerifiedAttributes.Count > 0)
        {
            result["AutoVerifiedAttributes"] = Array(s.AutoVerifiedAttributes);
        }

        if (s.AliasAttributes.Count > 0)
        {
            result["AliasAttributes"] = Array(s.AliasAttributes);
        }

        if (s.UsernameAttributes.Count > 0)
        {
            result["UsernameAttributes"] = Array(s.UsernameAttributes);
        }

        if (s.AccountRecovery.Count > 0)
        {
            result["AccountRecoverySetting"] = new JsonObject
            {
                ["RecoveryMechanisms"] = new JsonArray(s.AccountRecovery
                    .Select(r => (JsonNode?)new JsonObject { ["Priority"] = r.Priority, ["Name"] = r.Name }).ToArray()),
            };
        }

        AddIfSet(result, "EmailVerificationMessage", s.EmailVerificationMessage);
        AddIfSet(result, "EmailVerificationSubject", s.EmailVerificationSubject);
        AddIfSet(result, "SmsVerificationMessage", s.SmsVerificationMessage);
        AddIfSet(result, "SmsAuthenticationMessage", s.SmsAuthenticationMessage);

        // What the caller configured replaces the defaults written above.
        foreach (var (member, json) in s.StoredOnly)
        {
            result[member] = JsonNode.Parse(json);
        }

        return result;
    }

    public static JsonObject WriteDescription(UserPoolSummary pool) => new()
    {
        ["Id"] = pool.Id,
        ["Name"] = pool.Name,
        ["LambdaConfig"] = new JsonObject(),
        ["LastModifiedDate"] = EpochSecondsConverter.ToEpochSeconds(pool.LastModifiedDate),
        ["CreationDate"] = EpochSecondsConverter.ToEpochSeconds(pool.CreationDate),
    };

    private static JsonObject WriteSchemaAttribute(SchemaAttribute a)
    {
        var node = new JsonObject
        {
            ["Name"] = a.Name,
            ["AttributeDataType"] = a.AttributeDataType,
            ["DeveloperOnlyAttribute"] = a.DeveloperOnlyAttribute,
            ["Mutable"] = a.Mutable,
            ["Required"] = a.Required,
        };
        if (a.MinLength is not null || a.MaxLength is not null)
        {
            var strings = new JsonObject();
            AddIfSet(strings, "MinLength", a.MinLength);
            AddIfSet(strings, "MaxLength", a.MaxLength);
            node["StringAttributeConstraints"] = strings;
        }

        if (a.MinValue is not null || a.MaxValue is not null)
        {
            var numbers = new JsonObject();
            AddIfSet(numbers, "MinValue", a.MinValue);
            AddIfSet(numbers, "MaxValue", a.MaxValue);
            node["NumberAttributeConstraints"] = numbers;
        }

        return node;
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());


    private static void AddIfSet(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }
}
