using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Abstractions.Security;
using Cluster.Domain.Errors;
using Cluster.Domain.Policies;
using Cluster.Domain.SigV4;
using Microsoft.Extensions.Options;
using Cluster.Protocol.Authentication;

namespace Cluster.Protocol.Authorization;

/// <summary>
/// Verifies a request signed with temporary credentials — the session token opens to the secret it was signed
/// with, so no lookup — and evaluates the role's policies for the action and resource, with the caller's policy
/// variables (<c>${cognito-identity.amazonaws.com:sub}</c>, <c>${aws:PrincipalTag/…}</c>) from the token.
/// </summary>
public sealed class RequestAuthorizer(ClusterKeys keys, IRoleCache roles, IOptionsMonitor<AdminCredentialsOptions> clock, TimeProvider time)
{
    private const string ExpiredToken = "ExpiredTokenException";
    private readonly SigV4Verifier verifier = new();

    public async Task<Result<AuthorizationOutcome>> AuthorizeAsync(AuthorizeQuery query)
    {
        if (query.Request is not { Method: { Length: > 0 } method, Path: { Length: > 0 } path, Headers: { } headers } request ||
            string.IsNullOrEmpty(query.Action) || string.IsNullOrEmpty(query.Resource))
        {
            return IdentityError.InvalidParameter("request (method, path, headers), action and resource are required.");
        }

        var token = headers.FirstOrDefault(h => string.Equals(h.Key, "x-amz-security-token", StringComparison.OrdinalIgnoreCase)).Value;
        var session = token is null ? null : keys.OpenSessionToken(token);
        if (session is null)
        {
            return new IdentityError(ErrorCodes.UnrecognizedClient, "The security token included in the request is invalid.");
        }

        var now = time.GetUtcNow();
        if (now.ToUnixTimeSeconds() >= session.ExpiresAt)
        {
            return new IdentityError(ExpiredToken, "The security token included in the request is expired.");
        }

        var payloadHash = request.PayloadHash ?? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.Body ?? string.Empty)));
        var signed = new SigV4Request(method, path, request.Query ?? string.Empty, headers.ToList(), payloadHash);
        var verified = verifier.Verify(signed, keyId => keyId == session.AccessKeyId ? session.SecretAccessKey : null, now, clock.CurrentValue.MaxClockSkew);
        if (!verified.IsValid)
        {
            return new IdentityError(verified.ErrorCode!, verified.ErrorMessage!);
        }

        var role = await roles.GetAsync(session.RoleArn);
        if (role is null)
        {
            return new AuthorizationOutcome(session, PolicyDecision.ImplicitDeny);
        }

        var context = new Domain.Policies.RequestContext(query.Action, query.Resource, ContextKeys(query, session, role, now));
        var decision = PolicyEvaluator.Evaluate(role.Policies, context);
        // A session policy (AssumeRoleWithWebIdentity's Policy) can only narrow the role: both must allow.
        if (decision == PolicyDecision.Allow && session.SessionPolicy is not null)
        {
            decision = PolicyDocument.Parse(session.SessionPolicy).Document is { } narrowing
                ? PolicyEvaluator.Evaluate([narrowing], context)
                : PolicyDecision.ImplicitDeny;
        }

        return new AuthorizationOutcome(session, decision);
    }

    /// <summary>The caller's service keys first; the principal's keys (from the sealed token) then overwrite any it tried to set.</summary>
    private static Dictionary<string, IReadOnlyList<string>> ContextKeys(AuthorizeQuery query, SessionTokenContent session, ParsedRole role, DateTimeOffset now)
    {
        var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in query.Context ?? [])
        {
            if (!key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase) && !session.Variables.ContainsKey(key))
            {
                context[key] = values;
            }
        }

        foreach (var (key, values) in session.Variables)
        {
            context[key] = values;
        }

        foreach (var (tag, value) in session.PrincipalTags)
        {
            context[$"aws:PrincipalTag/{tag}"] = [value];
        }

        context["aws:userid"] = [$"{role.RoleId}:{session.SessionName}"];
        context["aws:CurrentTime"] = [now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)];
        context["aws:EpochTime"] = [now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)];
        context["aws:TokenIssueTime"] = [DateTimeOffset.FromUnixTimeSeconds(session.IssuedAt).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)];
        if (query.SourceIp is not null)
        {
            context["aws:SourceIp"] = [query.SourceIp];
        }

        return context;
    }

}
