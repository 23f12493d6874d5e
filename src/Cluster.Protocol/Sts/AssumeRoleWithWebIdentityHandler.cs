using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Abstractions.Security;
using Cluster.Domain.Policies;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.AwsQuery;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.Sts;

/// <summary>
/// STS AssumeRoleWithWebIdentity: the basic (classic) identity-pool flow. A GetOpenIdToken token (or an IAM OIDC
/// provider's) is traded for credentials of the role the caller names, if the role's trust policy admits the token.
/// </summary>
public sealed class AssumeRoleWithWebIdentityHandler(
    WebIdentityTokenVerifier tokens,
    IRoleCache roles,
    ClusterKeys keys,
    IOptions<ServiceOptions> service,
    TimeProvider time) : IOperationHandler
{
    public const string AccessDenied = "AccessDenied";
    public const int DefaultDurationSeconds = 3600;

    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var roleArn = request.Input.Required("RoleArn");
        var sessionName = request.Input.Required("RoleSessionName");
        if (request.Input.TryGetProperty("PolicyArns", out _))
        {
            return new IdentityError(QueryErrorCodes.ValidationError, "PolicyArns are not supported: this service has no managed policies. Use Policy.");
        }

        var sessionPolicy = request.Input.Str("Policy");
        if (sessionPolicy is not null && PolicyDocument.Parse(sessionPolicy, PolicyDocument.MaxSessionPolicySize).Error is { } malformed)
        {
            return new IdentityError("MalformedPolicyDocument", malformed);
        }

        var identity = await tokens.VerifyAsync(request.Input.Required("WebIdentityToken"), request.Aborted);
        if (!identity.IsSuccess)
        {
            return identity.Error!;
        }

        var token = identity.Value!;
        var role = await roles.GetAsync(roleArn);
        var context = new Domain.Policies.RequestContext(TrustPolicyEvaluator.AssumeRoleWithWebIdentityAction, roleArn, new Dictionary<string, IReadOnlyList<string>>
        {
            [$"{token.Provider}:aud"] = [token.Audience],
            [$"{token.Provider}:sub"] = [token.Subject],
            [$"{token.Provider}:amr"] = token.Claims.GetValueOrDefault("amr") ?? [],
        });
        if (role?.TrustPolicy is null || !TrustPolicyEvaluator.AllowsWebIdentity(role.TrustPolicy, token.Provider, context))
        {
            return new IdentityError(AccessDenied, "Not authorized to perform sts:AssumeRoleWithWebIdentity");
        }

        var duration = request.Input.Number("DurationSeconds") ?? DefaultDurationSeconds;
        if (duration > role.MaxSessionDurationSeconds)
        {
            return new IdentityError(QueryErrorCodes.ValidationError, "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }

        var variables = context.ContextKeys.ToDictionary(k => k.Key, k => k.Value.ToArray(), StringComparer.Ordinal);
        var credentials = keys.Mint(role.Arn, sessionName, variables, PrincipalTags(token), time.GetUtcNow(), TimeSpan.FromSeconds(duration), sessionPolicy);
        var roleName = Domain.Credentials.IamArns.RoleName(role.Arn);
        return OperationResult.Ok(new
        {
            Credentials = new
            {
                credentials.AccessKeyId,
                SecretAccessKey = credentials.SecretKey,
                credentials.SessionToken,
                Expiration = credentials.Expiration.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            },
            SubjectFromWebIdentityToken = token.Subject,
            AssumedRoleUser = new
            {
                AssumedRoleId = $"{role.RoleId}:{sessionName}",
                Arn = $"arn:aws:sts::{service.Value.AccountId}:assumed-role/{roleName}/{sessionName}",
            },
            Provider = token.Provider,
            Audience = token.Audience,
        });
    }

    /// <summary>Tags a developer-authenticated identity's token carries (<c>https://aws.amazon.com/tags</c>).</summary>
    private static Dictionary<string, string> PrincipalTags(WebIdentity token)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (token.Claims.GetValueOrDefault("https://aws.amazon.com/tags") is [var json] &&
            System.Text.Json.Nodes.JsonNode.Parse(json)?["principal_tags"] is System.Text.Json.Nodes.JsonObject principalTags)
        {
            foreach (var (key, value) in principalTags)
            {
                if (value is System.Text.Json.Nodes.JsonArray { Count: > 0 } values && values[0]?.GetValue<string>() is { } first)
                {
                    tags[key] = first;
                }
            }
        }

        return tags;
    }
}
