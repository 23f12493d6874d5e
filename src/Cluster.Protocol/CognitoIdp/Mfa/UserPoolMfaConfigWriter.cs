using System.Text.Json.Nodes;
using Cluster.Abstractions.UserPools;

namespace Cluster.Protocol.CognitoIdp.Mfa;

/// <summary>The output shape shared by SetUserPoolMfaConfig and GetUserPoolMfaConfig.</summary>
public static class UserPoolMfaConfigWriter
{
    public static JsonObject Write(UserPoolSettings settings)
    {
        var body = new JsonObject
        {
            ["SoftwareTokenMfaConfiguration"] = new JsonObject { ["Enabled"] = settings.SoftwareTokenMfaEnabled },
            ["MfaConfiguration"] = settings.MfaConfiguration,
        };
        if (settings.SmsMfaEnabled)
        {
            var sms = new JsonObject();
            if (settings.SmsAuthenticationMessage is not null)
            {
                sms["SmsAuthenticationMessage"] = settings.SmsAuthenticationMessage;
            }

            body["SmsMfaConfiguration"] = sms;
        }

        if (settings.EmailMfaEnabled)
        {
            var email = new JsonObject();
            if (settings.EmailMfaMessage is not null)
            {
                email["Message"] = settings.EmailMfaMessage;
            }

            if (settings.EmailMfaSubject is not null)
            {
                email["Subject"] = settings.EmailMfaSubject;
            }

            body["EmailMfaConfiguration"] = email;
        }

        // The relying party id is echoed only when configured; its default follows the public base URL.
        var webAuthn = new JsonObject { ["UserVerification"] = settings.WebAuthnUserVerification };
        if (settings.WebAuthnRelyingPartyId is not null)
        {
            webAuthn["RelyingPartyId"] = settings.WebAuthnRelyingPartyId;
        }

        if (settings.WebAuthnFactorConfiguration is not null)
        {
            webAuthn["FactorConfiguration"] = settings.WebAuthnFactorConfiguration;
        }

        body["WebAuthnConfiguration"] = webAuthn;
        return body;
    }
}
