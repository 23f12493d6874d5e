using System.Text.Json;
using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.IdentityPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdentity.Roles;

/// <summary>The <c>Roles</c> and <c>RoleMappings</c> members of SetIdentityPoolRoles and GetIdentityPoolRoles.</summary>
public static class RolesWire
{
    /// <summary>Cognito's limit of rules in one Rules mapping.</summary>
    public const int MaxRules = 25;

    public static (IdentityPoolRoles? Roles, IdentityError? Error) Read(JsonElement input)
    {
        var mappings = new Dictionary<string, RoleMappingSettings>(StringComparer.Ordinal);
        if (input.Obj("RoleMappings") is { } members)
        {
            foreach (var member in members.EnumerateObject())
            {
                var mapping = member.Value;
                var type = mapping.Str("Type")!;
                var ambiguous = mapping.Str("AmbiguousRoleResolution");
                if (ambiguous is null)
                {
                    return (null, IdentityError.InvalidParameter($"RoleMappings.{member.Name}: AmbiguousRoleResolution is required for Token and Rules mappings."));
                }

                var rules = new List<MappingRuleSettings>();
                if (mapping.Obj("RulesConfiguration") is { } configuration && configuration.TryGetProperty("Rules", out var list))
                {
                    rules.AddRange(list.EnumerateArray().Select(r => new MappingRuleSettings(r.Required("Claim"), r.Required("MatchType"), r.Required("Value"), r.Required("RoleARN"))));
                }

                if (type == RoleSelector.RulesMapping && rules.Count == 0)
                {
                    return (null, IdentityError.InvalidParameter($"RoleMappings.{member.Name}: a Rules mapping needs RulesConfiguration with at least one rule."));
                }

                if (rules.Count > MaxRules)
                {
                    return (null, IdentityError.InvalidParameter($"RoleMappings.{member.Name}: at most {MaxRules} rules."));
                }

                mappings[member.Name] = new RoleMappingSettings(type, ambiguous, rules);
            }
        }

        var roles = input.Map("Roles");
        if (roles.Keys.FirstOrDefault(k => k is not ("authenticated" or "unauthenticated")) is { } unknown)
        {
            return (null, IdentityError.InvalidParameter($"Roles has an unknown role type {unknown}: use authenticated or unauthenticated."));
        }

        return (new IdentityPoolRoles(roles, mappings), null);
    }

    public static JsonObject WriteMappings(IReadOnlyDictionary<string, RoleMappingSettings> mappings)
    {
        var node = new JsonObject();
        foreach (var (provider, mapping) in mappings)
        {
            var entry = new JsonObject { ["Type"] = mapping.Type };
            if (mapping.AmbiguousRoleResolution is not null)
            {
                entry["AmbiguousRoleResolution"] = mapping.AmbiguousRoleResolution;
            }

            if (mapping.Rules.Count > 0)
            {
                entry["RulesConfiguration"] = new JsonObject
                {
                    ["Rules"] = new JsonArray(mapping.Rules.Select(r => (JsonNode)new JsonObject
                    {
                        ["Claim"] = r.Claim,
                        ["MatchType"] = r.MatchType,
                        ["Value"] = r.Value,
                        ["RoleARN"] = r.RoleArn,
                    }).ToArray()),
                };
            }

            node[provider] = entry;
        }

        return node;
    }
}
