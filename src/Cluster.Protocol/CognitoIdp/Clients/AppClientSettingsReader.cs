using System.Text.Json;
using Cluster.Abstractions.UserPools;
using Cluster.Protocol.AwsJson;

namespace Cluster.Protocol.CognitoIdp.Clients;

/// <summary>
/// Reads CreateUserPoolClient's and UpdateUserPoolClient's input (already shape-checked) into client settings.
/// Members not given take Cognito's defaults: UpdateUserPoolClient, like Cognito, resets what is left out.
/// </summary>
public static class AppClientSettingsReader
{
    /// <summary>Cognito's flows for a client created without ExplicitAuthFlows.</summary>
    public static readonly IReadOnlyList<string> DefaultAuthFlows = ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH"];

    /// <summary>Members kept verbatim and echoed: accepted, not acted on.</summary>
    private static readonly string[] StoredOnlyMembers = ["AnalyticsConfiguration", "EnablePropagateAdditionalUserContextData"];

    /// <summary>
    /// Reads the settings under <paramref name="clientName"/>; an empty name (UpdateUserPoolClient without
    /// ClientName, which the model's minimum length keeps off the wire) tells the grain to keep the current name.
    /// </summary>
    public static AppClientSettings Read(JsonElement input, string clientName)
    {
        var defaults = new AppClientSettings { ClientName = clientName };
        var units = input.Obj("TokenValidityUnits");

        // A value sent without its unit is in Cognito's documented unit (hours, or days for refresh tokens);
        // a value left out is Cognito's default lifetime, and a refresh validity of 0 means the default too.
        var refreshValue = input.Number("RefreshTokenValidity");
        var (refresh, refreshUnit) = Validity(refreshValue == 0 ? null : refreshValue, units?.Str("RefreshToken"), "days", defaults.RefreshTokenValidity, defaults.RefreshTokenUnit);
        var (access, accessUnit) = Validity(input.Number("AccessTokenValidity"), units?.Str("AccessToken"), "hours", defaults.AccessTokenValidity, defaults.AccessTokenUnit);
        var (id, idUnit) = Validity(input.Number("IdTokenValidity"), units?.Str("IdToken"), "hours", defaults.IdTokenValidity, defaults.IdTokenUnit);
        var rotation = input.Obj("RefreshTokenRotation");
        return defaults with
        {
            RefreshTokenValidity = refresh,
            RefreshTokenUnit = refreshUnit,
            AccessTokenValidity = access,
            AccessTokenUnit = accessUnit,
            IdTokenValidity = id,
            IdTokenUnit = idUnit,
            ReadAttributes = Strings(input, "ReadAttributes"),
            WriteAttributes = Strings(input, "WriteAttributes"),
            ExplicitAuthFlows = Strings(input, "ExplicitAuthFlows") ?? DefaultAuthFlows,
            SupportedIdentityProviders = Strings(input, "SupportedIdentityProviders") ?? [],
            CallbackUrls = Strings(input, "CallbackURLs") ?? [],
            LogoutUrls = Strings(input, "LogoutURLs") ?? [],
            DefaultRedirectUri = input.Str("DefaultRedirectURI"),
            AllowedOAuthFlows = Strings(input, "AllowedOAuthFlows") ?? [],
            AllowedOAuthScopes = Strings(input, "AllowedOAuthScopes") ?? [],
            AllowedOAuthFlowsUserPoolClient = input.Bool("AllowedOAuthFlowsUserPoolClient") ?? defaults.AllowedOAuthFlowsUserPoolClient,
            PreventUserExistenceErrors = input.Str("PreventUserExistenceErrors") ?? defaults.PreventUserExistenceErrors,
            EnableTokenRevocation = input.Bool("EnableTokenRevocation") ?? defaults.EnableTokenRevocation,
            AuthSessionValidity = input.Number("AuthSessionValidity") ?? defaults.AuthSessionValidity,
            RefreshTokenRotation = rotation is { } on && on.Str("Feature") == "ENABLED",
            RefreshTokenRetryGracePeriodSeconds = rotation is { } grace ? grace.Number("RetryGracePeriodSeconds") ?? 0 : 0,
            StoredOnly = StoredOnlyMembers
                .Where(m => input.TryGetProperty(m, out var v) && v.ValueKind != JsonValueKind.Null)
                .ToDictionary(m => m, m => input.GetProperty(m).GetRawText(), StringComparer.Ordinal),
        };
    }

    private static (int Value, string Unit) Validity(int? value, string? unit, string documentedUnit, int defaultValue, string defaultUnit)
    {
        if (value is { } given)
        {
            return (given, unit ?? documentedUnit);
        }

        if (unit is null || unit == defaultUnit)
        {
            return (defaultValue, defaultUnit);
        }

        // Only a unit: the default lifetime in that unit when it is a whole number of them (60 minutes = 1 hour).
        var lifetime = Lifetime(defaultValue, defaultUnit);
        var perUnit = Lifetime(1, unit);
        return lifetime.Ticks % perUnit.Ticks == 0 ? ((int)(lifetime.Ticks / perUnit.Ticks), unit) : (defaultValue, defaultUnit);
    }

    private static TimeSpan Lifetime(int value, string unit) => unit switch
    {
        "seconds" => TimeSpan.FromSeconds(value),
        "minutes" => TimeSpan.FromMinutes(value),
        "hours" => TimeSpan.FromHours(value),
        _ => TimeSpan.FromDays(value),
    };

    // Null items pass the shape check; they carry nothing, so they are dropped rather than stored.
    private static List<string>? Strings(JsonElement input, string name) =>
        input.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : null;
}
