using System.Text.Json.Nodes;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Abstractions.IdentityPools;
using Cluster.Domain.Errors;
using Cluster.Domain.IdentityPools;
using Cluster.Domain.Policies;

namespace Cluster.Grains.IdentityPools;

/// <summary>Credential and OpenID token issuance: link the logins, pick the role, check its trust policy, mint.</summary>
public sealed partial class IdentityGrain
{
    private const string SessionName = "CognitoIdentityCredentials";

    /// <summary>Cognito's limit of principal tags on one set of credentials.</summary>
    private const int MaxPrincipalTags = 50;

    public async Task<Result<IssuedCredentials>> GetCredentialsAsync(IReadOnlyList<VerifiedLogin> logins, string? customRoleArn)
    {
        var (pool, forward, error) = await PrepareAsync(logins);
        if (forward is not null)
        {
            return await GrainFactory.GetGrain<IIdentityGrain>(forward).GetCredentialsAsync(logins, customRoleArn);
        }

        if (error is not null)
        {
            return error;
        }

        var amr = Amr(pool!, logins);
        var choice = logins.Count == 0
            ? RoleSelector.ChooseUnauthenticated(pool!.Roles.Roles.GetValueOrDefault("unauthenticated"))
            : ChooseAuthenticatedRole(pool!, logins, customRoleArn);
        if (choice.RoleArn is null)
        {
            return new IdentityError(choice.ErrorCode!, choice.ErrorMessage!);
        }

        var role = await roles.GetAsync(choice.RoleArn);
        var context = new Domain.Policies.RequestContext(TrustPolicyEvaluator.AssumeRoleWithWebIdentityAction, choice.RoleArn, new Dictionary<string, IReadOnlyList<string>>
        {
            [$"{IdentityKeys.CognitoIdentityProvider}:aud"] = [pool!.IdentityPoolId],
            [$"{IdentityKeys.CognitoIdentityProvider}:sub"] = [Id],
            [$"{IdentityKeys.CognitoIdentityProvider}:amr"] = amr,
        });
        if (role?.TrustPolicy is null || !TrustPolicyEvaluator.AllowsWebIdentity(role.TrustPolicy, IdentityKeys.CognitoIdentityProvider, context))
        {
            return new IdentityError(ErrorCodes.InvalidIdentityPoolConfiguration, "Invalid identity pool configuration. Check assigned IAM roles for this pool.");
        }

        var variables = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [$"{IdentityKeys.CognitoIdentityProvider}:sub"] = [Id],
            [$"{IdentityKeys.CognitoIdentityProvider}:aud"] = [pool!.IdentityPoolId],
            [$"{IdentityKeys.CognitoIdentityProvider}:amr"] = amr,
        };
        foreach (var login in logins.Where(l => l.Provider != IdentityKeys.CognitoIdentityProvider))
        {
            variables[$"{login.Provider}:sub"] = [login.Subject];
        }

        var credentials = keys.Mint(role.Arn, SessionName, variables, PrincipalTags(pool, logins), time.GetUtcNow(), Abstractions.Iam.SessionCredentials.DefaultLifetime);
        return new IssuedCredentials(Id, credentials);
    }

    public async Task<Result<IssuedOpenIdToken>> GetOpenIdTokenAsync(IReadOnlyList<VerifiedLogin> logins, IReadOnlyDictionary<string, string> principalTags, TimeSpan lifetime)
    {
        var (pool, forward, error) = await PrepareAsync(logins);
        if (forward is not null)
        {
            return await GrainFactory.GetGrain<IIdentityGrain>(forward).GetOpenIdTokenAsync(logins, principalTags, lifetime);
        }

        if (error is not null)
        {
            return error;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["sub"] = Id,
            ["aud"] = pool!.IdentityPoolId,
            ["amr"] = new JsonArray(Amr(pool, logins).Select(a => (JsonNode)JsonValue.Create(a)).ToArray()),
            ["iss"] = tokenKeys.Issuer,
            ["iat"] = now,
            ["exp"] = now + (long)lifetime.TotalSeconds,
        };
        if (principalTags.Count > 0)
        {
            var tags = new JsonObject();
            foreach (var (key, value) in principalTags)
            {
                tags[key] = new JsonArray(JsonValue.Create(value));
            }

            payload["https://aws.amazon.com/tags"] = new JsonObject { ["principal_tags"] = tags };
        }

        var signer = await tokenKeys.GetAsync();
        return new IssuedOpenIdToken(Id, signer.Sign(payload));
    }

    /// <summary>
    /// Checks the identity may be issued for these logins and links the new ones. A guest signing in with a login
    /// another identity holds is merged into that one (<c>forward</c>), as Cognito keeps the signed-in identity.
    /// </summary>
    private async Task<(IdentityPoolRuntime? Pool, string? Forward, IdentityError? Error)> PrepareAsync(IReadOnlyList<VerifiedLogin> logins)
    {
        if (!Exists)
        {
            return (null, null, NotFound());
        }

        if (state.State.MergedInto is { } merged)
        {
            return (null, merged, null);
        }

        var pool = await pools.GetAsync(state.State.IdentityPoolId!);
        if (pool is null)
        {
            return (null, null, IdentityError.NotFound($"IdentityPool '{state.State.IdentityPoolId}' not found."));
        }

        if (logins.Count == 0)
        {
            if (state.State.Logins.Count > 0)
            {
                return (null, null, new IdentityError(ErrorCodes.NotAuthorized, $"Access to Identity '{Id}' is forbidden."));
            }

            return pool.Settings.AllowUnauthenticatedIdentities
                ? (pool, null, null)
                : (null, null, new IdentityError(ErrorCodes.NotAuthorized, "Unauthenticated access is not supported for this identity pool."));
        }

        var added = false;
        foreach (var login in logins)
        {
            if (login.Provider == IdentityKeys.CognitoIdentityProvider)
            {
                if (login.Subject != Id)
                {
                    return (null, null, new IdentityError(ErrorCodes.NotAuthorized, "Invalid login token. The token was issued for another identity."));
                }

                continue;
            }

            if (state.State.Logins.Contains(login.Link))
            {
                continue;
            }

            var owner = await GrainFactory.GetGrain<IIdentityLoginGrain>(IdentityKeys.Login(pool.IdentityPoolId, login.Link)).ClaimAsync(Id);
            if (owner == Id)
            {
                state.State.Logins.Add(login.Link);
                added = true;
            }
            else if (state.State.Logins.Count == 0 && !added)
            {
                state.State.MergedInto = owner;
                await state.WriteStateAsync();
                return (null, owner, null);
            }
            else
            {
                return (null, null, new IdentityError(ErrorCodes.ResourceConflict, "Logins don't match. The login is linked to another identity."));
            }
        }

        if (added)
        {
            await SaveAsync();
        }

        return (pool, null, null);
    }

    private RoleChoice ChooseAuthenticatedRole(IdentityPoolRuntime pool, IReadOnlyList<VerifiedLogin> logins, string? customRoleArn)
    {
        var authenticated = pool.Roles.Roles.GetValueOrDefault("authenticated");
        foreach (var login in logins)
        {
            if (MappingFor(pool, login) is { } mapping)
            {
                var rules = mapping.Rules.Select(r => new MappingRule(r.Claim, r.MatchType, r.Value, r.RoleArn)).ToList();
                return RoleSelector.ChooseAuthenticated(authenticated, mapping.Type, mapping.AmbiguousRoleResolution, rules, login.Claims, customRoleArn);
            }
        }

        return RoleSelector.ChooseAuthenticated(authenticated, null, null, [], logins[0].Claims, customRoleArn);
    }

    /// <summary>User pool mappings are keyed <c>{provider}:{client id}</c>; others by provider name.</summary>
    private static RoleMappingSettings? MappingFor(IdentityPoolRuntime pool, VerifiedLogin login)
    {
        var audience = login.Claims.GetValueOrDefault("aud") is [var aud, ..] ? aud : null;
        return (audience is not null ? pool.Roles.RoleMappings.GetValueOrDefault($"{login.Provider}:{audience}") : null)
            ?? pool.Roles.RoleMappings.GetValueOrDefault(login.Provider);
    }

    /// <summary>Tag key → claim name per provider; the defaults are Cognito's (<c>username</c> ← sub, <c>client</c> ← aud).</summary>
    private static Dictionary<string, string> PrincipalTags(IdentityPoolRuntime pool, IReadOnlyList<VerifiedLogin> logins)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var login in logins)
        {
            if (!pool.PrincipalTagMaps.TryGetValue(login.Provider, out var map))
            {
                continue;
            }

            var pairs = map.UseDefaults ? new Dictionary<string, string> { ["username"] = "sub", ["client"] = "aud" } : map.PrincipalTags;
            foreach (var (tag, claim) in pairs)
            {
                if (tags.Count < MaxPrincipalTags && login.Claims.GetValueOrDefault(claim) is [var value, ..])
                {
                    tags[tag] = value;
                }
            }
        }

        return tags;
    }

    /// <summary>Cognito's <c>amr</c>: <c>unauthenticated</c>, or <c>authenticated</c>, each provider, and <c>{provider}:…:{subject}</c>.</summary>
    private static string[] Amr(IdentityPoolRuntime pool, IReadOnlyList<VerifiedLogin> logins)
    {
        if (logins.Count == 0)
        {
            return ["unauthenticated"];
        }

        var amr = new List<string> { "authenticated" };
        foreach (var login in logins)
        {
            if (login.Provider == IdentityKeys.CognitoIdentityProvider)
            {
                // Our own token (developer or basic flow) carries the amr it was issued with.
                amr.AddRange(login.Claims.GetValueOrDefault("amr")?.Where(a => a != "authenticated") ?? []);
                continue;
            }

            amr.Add(login.Provider);
            amr.Add(login.Provider.StartsWith("cognito-idp.", StringComparison.Ordinal)
                ? $"{login.Provider}:CognitoSignIn:{login.Subject}"
                : login.Provider == pool.Settings.DeveloperProviderName
                    ? $"{login.Provider}:{pool.IdentityPoolId}:{login.Subject}"
                    : $"{login.Provider}:{login.Subject}");
        }

        return amr.Distinct(StringComparer.Ordinal).ToArray();
    }
}
