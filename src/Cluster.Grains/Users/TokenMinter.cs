using System.Text.Json.Nodes;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Grains.UserPools;

namespace Cluster.Grains.Users;

/// <summary>
/// Builds Cognito's ID and access tokens (claims, names and types as Cognito writes them) and the sealed,
/// opaque refresh token that routes back to the user's grain from any silo.
/// </summary>
internal static class TokenMinter
{
    public const string AdminScope = "aws.cognito.signin.user.admin";

    public static AuthTokens Mint(
        UserPoolContext context,
        AppClient client,
        string sub,
        string username,
        IReadOnlyDictionary<string, string> attributes,
        IReadOnlyList<string> groups,
        string familyId,
        DateTimeOffset authTime,
        DateTimeOffset now,
        string? refreshToken)
    {
        var settings = client.Settings;
        var accessLifetime = UserPoolGrain.TokenLifetime(settings.AccessTokenValidity, settings.AccessTokenUnit);
        var idLifetime = UserPoolGrain.TokenLifetime(settings.IdTokenValidity, settings.IdTokenUnit);
        var iat = now.ToUnixTimeSeconds();
        var eventId = Guid.NewGuid().ToString();
        var memberOf = groups.Where(context.Groups.ContainsKey).ToList();

        var access = new JsonObject { ["sub"] = sub };
        var id = new JsonObject { ["sub"] = sub };
        if (memberOf.Count > 0)
        {
            access["cognito:groups"] = Strings(memberOf);
            id["cognito:groups"] = Strings(memberOf);
            AddRoles(id, memberOf.Select(g => context.Groups[g]).ToList());
        }

        access["iss"] = context.Issuer;
        access["client_id"] = client.ClientId;
        access["origin_jti"] = familyId;
        access["event_id"] = eventId;
        access["token_use"] = "access";
        access["scope"] = AdminScope;
        access["auth_time"] = authTime.ToUnixTimeSeconds();
        access["exp"] = iat + (long)accessLifetime.TotalSeconds;
        access["iat"] = iat;
        access["jti"] = Guid.NewGuid().ToString();
        access["username"] = username;

        AddAttributes(id, attributes, client.Settings.ReadAttributes);
        id["iss"] = context.Issuer;
        id["cognito:username"] = username;
        id["origin_jti"] = familyId;
        id["aud"] = client.ClientId;
        id["event_id"] = eventId;
        id["token_use"] = "id";
        id["auth_time"] = authTime.ToUnixTimeSeconds();
        id["exp"] = iat + (long)idLifetime.TotalSeconds;
        id["iat"] = iat;
        id["jti"] = Guid.NewGuid().ToString();

        return new AuthTokens(context.SigningKeys.Sign(access), context.SigningKeys.Sign(id), refreshToken, (int)accessLifetime.TotalSeconds);
    }

    /// <summary>The ID token carries the attributes the client may read (all but developer-only by default).</summary>
    private static void AddAttributes(JsonObject id, IReadOnlyDictionary<string, string> attributes, IReadOnlyList<string>? readable)
    {
        foreach (var (name, value) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (name == "sub" || name.StartsWith("dev:", StringComparison.Ordinal) || (readable is not null && !readable.Contains(name)))
            {
                continue;
            }

            id[name] = name switch
            {
                "email_verified" or "phone_number_verified" => value == "true",
                "updated_at" when long.TryParse(value, out var seconds) => seconds,
                _ => value,
            };
        }
    }

    /// <summary><c>cognito:roles</c> lists members' group roles; the preferred role is the lowest precedence's.</summary>
    private static void AddRoles(JsonObject id, IReadOnlyList<GroupSettings> groups)
    {
        var withRoles = groups.Where(g => g.RoleArn is not null).ToList();
        if (withRoles.Count == 0)
        {
            return;
        }

        id["cognito:roles"] = Strings(withRoles.Select(g => g.RoleArn!).Distinct(StringComparer.Ordinal));
        var preferred = withRoles.OrderBy(g => g.Precedence ?? int.MaxValue).ToList();
        if (preferred.Count == 1 || (preferred[0].Precedence ?? int.MaxValue) != (preferred[1].Precedence ?? int.MaxValue))
        {
            id["cognito:preferred_role"] = preferred[0].RoleArn;
        }
    }

    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());
}
