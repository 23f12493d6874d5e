using Cluster.Domain.Errors;

namespace Cluster.Protocol.AwsQuery;

/// <summary>
/// The errors common to every Query service (not in the models), and how the codes the shared pipeline raises
/// (SigV4, shape checks, throttling) are spelled on this protocol.
/// </summary>
public static class QueryErrorCodes
{
    public const string InvalidAction = "InvalidAction";
    public const string MissingAction = "MissingAction";
    public const string MissingParameter = "MissingParameter";
    public const string MalformedQueryString = "MalformedQueryString";
    public const string ValidationError = "ValidationError";
    public const string InternalFailure = "InternalFailure";
    public const string Throttling = "Throttling";
    public const string UnsupportedMediaType = "UnsupportedMediaType";

    private static readonly Dictionary<string, QueryErrorShape> Common = new(StringComparer.Ordinal)
    {
        [InvalidAction] = new(InvalidAction, 400, true),
        [MissingAction] = new(MissingAction, 400, true),
        [MissingParameter] = new(MissingParameter, 400, true),
        [MalformedQueryString] = new(MalformedQueryString, 400, true),
        [ValidationError] = new(ValidationError, 400, true),
        [Throttling] = new(Throttling, 400, true),
        [InternalFailure] = new(InternalFailure, 500, false),
        ["MissingAuthenticationToken"] = new("MissingAuthenticationToken", 403, true),
        ["InvalidClientTokenId"] = new("InvalidClientTokenId", 403, true),
        ["SignatureDoesNotMatch"] = new("SignatureDoesNotMatch", 403, true),
        ["IncompleteSignature"] = new("IncompleteSignature", 403, true),
    };

    /// <summary>Shared codes whose Query spelling differs (the JSON services' names on the left).</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        [ErrorCodes.InvalidParameter] = ValidationError,
        [ErrorCodes.Serialization] = ValidationError,
        [ErrorCodes.MissingAuthenticationToken] = "MissingAuthenticationToken",
        [ErrorCodes.UnrecognizedClient] = "InvalidClientTokenId",
        [ErrorCodes.InvalidSignature] = "SignatureDoesNotMatch",
        [ErrorCodes.IncompleteSignature] = "IncompleteSignature",
        [ErrorCodes.TooManyRequests] = Throttling,
        [ErrorCodes.InternalError] = InternalFailure,
    };

    /// <summary>The wire code and its status: the service model's error shape if it has one, else the common ones, else 400 Sender.</summary>
    public static QueryErrorShape Resolve(string code, QueryServiceModel? model)
    {
        var wire = Renamed.GetValueOrDefault(code, code);
        if (model is not null && model.Errors.TryGetValue(wire, out var modelled))
        {
            return modelled;
        }

        return Common.TryGetValue(wire, out var common) ? common : new QueryErrorShape(wire, 400, true);
    }
}
