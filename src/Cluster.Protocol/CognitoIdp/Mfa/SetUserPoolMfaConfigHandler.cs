using Cluster.Abstractions.UserPools;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.CognitoIdp.UserPools;

namespace Cluster.Protocol.CognitoIdp.Mfa;

/// <summary>SetUserPoolMfaConfig: OFF, OPTIONAL or ON, which of SMS, TOTP and email the pool offers, and its passkey relying party.</summary>
public sealed class SetUserPoolMfaConfigHandler(UserPoolLookup pools) : IOperationHandler
{
    public async Task<OperationResult> HandleAsync(OperationRequest request)
    {
        var input = request.Input;
        var pool = pools.Find(input.Required("UserPoolId"), out var error);
        if (pool is null)
        {
            return error!;
        }

        var sms = input.Obj("SmsMfaConfiguration");
        var totp = input.Obj("SoftwareTokenMfaConfiguration");
        var email = input.Obj("EmailMfaConfiguration");
        var config = new MfaConfig(
            input.Str("MfaConfiguration"),
            sms is null ? null : true,
            sms?.Str("SmsAuthenticationMessage"),
            totp?.Bool("Enabled"),
            email is null ? null : true,
            email?.Str("Message"),
            email?.Str("Subject"));
        var webAuthn = input.Obj("WebAuthnConfiguration") is { } w ? new WebAuthnConfig(w.Str("RelyingPartyId"), w.Str("UserVerification"), w.Str("FactorConfiguration")) : null;
        var result = await pool.AsReference<IUserPoolPasskeyGrain>().SetMfaConfigAsync(config, webAuthn);
        return result.IsSuccess ? OperationResult.Ok(UserPoolMfaConfigWriter.Write(result.Value!)) : result.Error!;
    }
}
