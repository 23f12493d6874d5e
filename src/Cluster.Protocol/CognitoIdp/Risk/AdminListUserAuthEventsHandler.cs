using System.Text.Json.Nodes;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.AdminUsers;

namespace Cluster.Protocol.CognitoIdp.Risk;

/// <summary>AdminListUserAuthEvents: the user's recent sign-in, sign-up and password events with their risk decisions.</summary>
public sealed class AdminListUserAuthEventsHandler(AdminUserLookup lookup) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var (user, error) = await lookup.UserAsync(request);
        if (user is null)
        {
            return error!;
        }

        var result = await user.ListAuthEventsAsync(request.Input.Number("MaxResults") ?? 0, request.Input.Str("NextToken"));
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var events = result.Value!.Events.Select(e => (JsonNode?)new JsonObject
        {
            ["EventId"] = e.EventId,
            ["EventType"] = e.EventType,
            ["CreationDate"] = EpochSecondsConverter.ToEpochSeconds(e.CreationDate),
            ["EventResponse"] = e.EventResponse,
            ["EventRisk"] = new JsonObject { ["RiskDecision"] = e.RiskDecision, ["CompromisedCredentialsDetected"] = e.CompromisedCredentialsDetected },
            ["ChallengeResponses"] = new JsonArray(),
        }).ToArray();
        var body = new JsonObject { ["AuthEvents"] = new JsonArray(events) };
        if (result.Value.NextToken is not null)
        {
            body["NextToken"] = result.Value.NextToken;
        }

        return OperationResult.Ok(body);
    }
}
