using Cluster.Protocol.AwsQuery;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.Sts;

/// <summary>
/// The table of implemented STS operations (AWS Query protocol). To add one, e.g. AssumeRoleWithWebIdentity:
/// <list type="number">
/// <item>write <c>Sts/AssumeRoleWithWebIdentityHandler.cs</c>, a <see cref="AwsJson.IOperationHandler"/> like the IAM
/// ones: read the already-checked input with <c>request.Input.Required("RoleArn")</c>, <c>.Str(...)</c>,
/// <c>.Number("DurationSeconds")</c>; make one grain call; return <c>OperationResult.Ok(new { Credentials = new {
/// AccessKeyId, SecretAccessKey, SessionToken, Expiration }, SubjectFromWebIdentityToken, AssumedRoleUser = new { … },
/// Provider, Audience })</c> (member names of the output shape; the dispatcher writes them as XML inside
/// <c>AssumeRoleWithWebIdentityResult</c>, timestamps in ISO 8601) or an <c>IdentityError</c> whose code is the
/// model's <c>error.code</c> (<c>InvalidIdentityToken</c>, <c>IDPRejectedClaim</c>, <c>ExpiredTokenException</c>…),
/// which picks the HTTP status from the model;</item>
/// <item>add <c>.Map&lt;AssumeRoleWithWebIdentityHandler&gt;("AssumeRoleWithWebIdentity")</c> below.</item>
/// </list>
/// The model marks AssumeRoleWithWebIdentity unsigned (<c>authtype: none</c>), so the dispatcher skips SigV4 for it and
/// applies the per-IP throttle instead; signed operations (GetCallerIdentity, AssumeRole) are checked against the admin key.
/// </summary>
public static class StsOperations
{
    public static IServiceCollection AddSts(this IServiceCollection services)
    {
        services.AddSingleton<WebIdentityTokenVerifier>();
        return new QueryOperationTable(QueryServiceModel.Load("sts"), services)
            .Map<AssumeRoleWithWebIdentityHandler>("AssumeRoleWithWebIdentity")
            .Register();
    }
}
