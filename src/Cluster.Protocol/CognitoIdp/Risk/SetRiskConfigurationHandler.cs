using System.Text.Json;
using System.Text.Json.Nodes;
using Cluster.Abstractions.UserPools;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Risk;

/// <summary>SetRiskConfiguration: compromised-credentials checks (BLOCK or NO_ACTION per event) for the pool or a client.</summary>
public sealed class SetRiskConfigurationHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var poolId = input.Required("UserPoolId");
        var pool = pools.Find(poolId, out var error);
        if (pool is null)
        {
            return error!;
        }

        var compromised = input.Obj("CompromisedCredentialsRiskConfiguration");
        var config = new RiskConfig(
            compromised?.Strings("EventFilter") ?? [],
            compromised?.Obj("Actions")?.Str("EventAction"),
            Raw(input, "AccountTakeoverRiskConfiguration"),
            Raw(input, "RiskExceptionConfiguration"),
            default);
        var clientId = input.Str("ClientId");
        var result = await pool.SetRiskConfigAsync(clientId, config);
        return result.IsSuccess
            ? OperationResult.Ok(new JsonObject { ["RiskConfiguration"] = RiskConfigurationWriter.Write(poolId, clientId, result.Value) })
            : result.Error!;
    }

    private static string? Raw(JsonElement input, string member) =>
        input.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.Object ? value.GetRawText() : null;
}
