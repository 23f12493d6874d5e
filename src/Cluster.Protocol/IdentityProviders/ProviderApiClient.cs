using System.Net;
using System.Text.Json;
using Cluster.Abstractions.Errors;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>
/// GETs a JSON object from a provider API (Facebook Graph, Login with Amazon). A 4xx means the provider refused the
/// token (NotAuthorized); a network failure, timeout, 5xx or non-JSON reply means it could not be asked (ExternalService).
/// </summary>
internal static class ProviderApiClient
{
    public static async Task<Result<JsonElement>> GetObjectAsync(
        HttpClient client,
        HttpRequestMessage request,
        string providerName,
        CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.StatusCode is >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError
                && response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return LoginTokenErrors.InvalidAccessToken();
            }

            if (!response.IsSuccessStatusCode)
            {
                return LoginTokenErrors.ProviderUnreachable(providerName);
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return LoginTokenErrors.ProviderUnreachable(providerName);
            }

            return document.RootElement.Clone();
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return LoginTokenErrors.ProviderUnreachable(providerName);
        }
    }

    /// <summary>A provider object's members as claims: strings as they are, other scalars as JSON text, arrays item by item.</summary>
    public static Dictionary<string, string[]> ClaimsOf(JsonElement body)
    {
        var claims = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var member in body.EnumerateObject())
        {
            claims[member.Name] = member.Value.ValueKind == JsonValueKind.Array
                ? member.Value.EnumerateArray().Select(TextOf).ToArray()
                : [TextOf(member.Value)];
        }

        return claims;
    }

    /// <summary>A member's text when it is a string or a number (Graph ids are strings, LWA's are too).</summary>
    public static string? StringOf(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? TextOf(value)
            : null;

    private static string TextOf(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText();
}
