using System.Text.Json;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.UserPools;

/// <summary>AddCustomAttributes: appends <c>custom:</c> attributes to the schema; existing ones never change.</summary>
public sealed class AddCustomAttributesHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var pool = pools.Find(request.Input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var attributes = request.Input.GetProperty("CustomAttributes").EnumerateArray()
            .Where(a => a.ValueKind == JsonValueKind.Object) // null items pass the shape check; they carry nothing
            .Select(UserPoolSettingsReader.ReadSchemaAttribute)
            .ToList();
        var result = await pool.AddCustomAttributesAsync(attributes);
        return result.IsSuccess ? OperationResult.Empty : result.Error!;
    }
}
