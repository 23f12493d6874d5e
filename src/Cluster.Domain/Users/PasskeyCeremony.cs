using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text.Json;
using Cluster.Domain.Errors;
using Fido2NetLib;
using Fido2NetLib.Exceptions;
using Fido2NetLib.Objects;

namespace Cluster.Domain.Users;

/// <summary>
/// The WebAuthn ceremonies, done by fido2-net-lib: options to hand the client, and the checks of what comes back
/// (challenge, origin, relying-party id hash, user presence and verification, signature, sign count).
/// Failures are values, named by the wire error Cognito uses for them.
/// </summary>
public static class PasskeyCeremony
{
    /// <summary>How long the client has to answer, and how long the server keeps the challenge.</summary>
    public const uint TimeoutMilliseconds = 300_000;

    /// <summary>ES256 and RS256, the algorithms platform authenticators and security keys use.</summary>
    private static readonly PubKeyCredParam[] Algorithms = [PubKeyCredParam.ES256, PubKeyCredParam.RS256];

    private static readonly Dictionary<string, AuthenticatorTransport> KnownTransports = new(StringComparer.Ordinal)
    {
        ["usb"] = AuthenticatorTransport.Usb,
        ["nfc"] = AuthenticatorTransport.Nfc,
        ["ble"] = AuthenticatorTransport.Ble,
        ["smart-card"] = AuthenticatorTransport.SmartCard,
        ["hybrid"] = AuthenticatorTransport.Hybrid,
        ["internal"] = AuthenticatorTransport.Internal,
    };

    public static TimeSpan Lifetime => TimeSpan.FromMilliseconds(TimeoutMilliseconds);

    /// <summary>PublicKeyCredentialCreationOptions as JSON: a discoverable credential, no attestation asked for.</summary>
    public static string CreationOptions(PasskeyRelyingParty rp, byte[] userHandle, string username, IEnumerable<PasskeyDescriptor> existing)
    {
        var options = Fido(rp).RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = userHandle, Name = username, DisplayName = username },
            ExcludeCredentials = existing.Select(Descriptor).ToList(),
            AuthenticatorSelection = new AuthenticatorSelection
            {
                ResidentKey = ResidentKeyRequirement.Required,
                UserVerification = Requirement(rp),
            },
            AttestationPreference = AttestationConveyancePreference.None,
            PubKeyCredParams = Algorithms,
        });
        return options.ToJson();
    }

    /// <summary>PublicKeyCredentialRequestOptions as JSON, allowing only the user's own credentials.</summary>
    public static string RequestOptions(PasskeyRelyingParty rp, IEnumerable<PasskeyDescriptor> allowed) =>
        Fido(rp).GetAssertionOptions(new GetAssertionOptionsParams
        {
            AllowedCredentials = allowed.Select(Descriptor).ToList(),
            UserVerification = Requirement(rp),
        }).ToJson();

    /// <summary>The base64url challenge inside options made by this class.</summary>
    public static string ChallengeOf(string optionsJson)
    {
        using var document = JsonDocument.Parse(optionsJson);
        return document.RootElement.GetProperty("challenge").GetString()!;
    }

    /// <summary>Verifies a RegistrationResponseJSON against the options it answers.</summary>
    public static async Task<(PasskeyRegistration? Passkey, RuleViolation? Error)> VerifyRegistrationAsync(
        PasskeyRelyingParty rp,
        string optionsJson,
        string responseJson,
        Func<byte[], bool> isNewCredential,
        CancellationToken cancellationToken = default)
    {
        AuthenticatorAttestationRawResponse? response;
        string? attachment;
        IReadOnlyList<string> transports;
        try
        {
            response = JsonSerializer.Deserialize<AuthenticatorAttestationRawResponse>(responseJson);
            (attachment, transports) = ReadRegistrationHints(responseJson);
        }
        catch (Exception exception) when (IsMalformed(exception))
        {
            return (null, Malformed("registration"));
        }

        if (response?.Response?.AttestationObject is null || response.Response.ClientDataJson is null || response.RawId is null)
        {
            return (null, Malformed("registration"));
        }

        try
        {
            var credential = await Fido(rp).MakeNewCredentialAsync(
                new MakeNewCredentialParams
                {
                    AttestationResponse = response,
                    OriginalOptions = CredentialCreateOptions.FromJson(optionsJson),
                    IsCredentialIdUniqueToUserCallback = (args, _) => Task.FromResult(isNewCredential(args.CredentialId)),
                },
                cancellationToken);
            return (new PasskeyRegistration(credential.Id, credential.PublicKey, credential.SignCount, transports, attachment), null);
        }
        catch (Fido2VerificationException exception)
        {
            return (null, RegistrationError(exception));
        }
        catch (Exception exception) when (IsMalformed(exception))
        {
            return (null, Malformed("registration"));
        }
    }

    /// <summary>Reads an AuthenticationResponseJSON far enough to know its credential and challenge.</summary>
    public static (PasskeyAssertion? Assertion, RuleViolation? Error) ReadAssertion(string responseJson)
    {
        try
        {
            var response = JsonSerializer.Deserialize<AuthenticatorAssertionRawResponse>(responseJson);
            if (response?.Response?.ClientDataJson is null || response.Response.AuthenticatorData is null || response.Response.Signature is null || response.RawId is null)
            {
                return (null, Malformed("authentication"));
            }

            using var clientData = JsonDocument.Parse(response.Response.ClientDataJson);
            var challenge = clientData.RootElement.GetProperty("challenge").GetString();
            return challenge is null
                ? (null, Malformed("authentication"))
                : (new PasskeyAssertion(response, Base64Url.EncodeToString(response.RawId), challenge), null);
        }
        catch (Exception exception) when (IsMalformed(exception) || exception is KeyNotFoundException)
        {
            return (null, Malformed("authentication"));
        }
    }

    /// <summary>Verifies an assertion with the stored public key; the new sign count on success.</summary>
    public static async Task<(uint? SignCount, RuleViolation? Error)> VerifyAssertionAsync(
        PasskeyRelyingParty rp,
        string optionsJson,
        PasskeyAssertion assertion,
        byte[] publicKey,
        uint storedSignCount,
        byte[] userHandle,
        CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await Fido(rp).MakeAssertionAsync(
                new MakeAssertionParams
                {
                    AssertionResponse = assertion.Response,
                    OriginalOptions = AssertionOptions.FromJson(optionsJson),
                    StoredPublicKey = publicKey,
                    StoredSignatureCounter = storedSignCount,
                    IsUserHandleOwnerOfCredentialIdCallback = (args, _) => Task.FromResult(args.UserHandle.AsSpan().SequenceEqual(userHandle)),
                },
                cancellationToken);
            return (result.SignCount, null);
        }
        catch (Fido2VerificationException exception)
        {
            return (null, new RuleViolation(ErrorCodes.NotAuthorized, $"The passkey could not be verified: {AssertionReason(exception.Code)}"));
        }
        catch (Exception exception) when (IsMalformed(exception))
        {
            return (null, new RuleViolation(ErrorCodes.NotAuthorized, "The passkey could not be verified: the response is malformed."));
        }
    }

    private static Fido2 Fido(PasskeyRelyingParty rp) => new(
        new Fido2Configuration
        {
            RPID = rp.Id,
            RPName = rp.Name,
            Origins = rp.Origins.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Timeout = TimeoutMilliseconds,
        },
        metadataService: null);

    private static UserVerificationRequirement Requirement(PasskeyRelyingParty rp) =>
        rp.UserVerification == PasskeyRelyingParty.Required ? UserVerificationRequirement.Required : UserVerificationRequirement.Preferred;

    private static PublicKeyCredentialDescriptor Descriptor(PasskeyDescriptor passkey)
    {
        var transports = passkey.Transports.Where(KnownTransports.ContainsKey).Select(t => KnownTransports[t]).ToArray();
        return new PublicKeyCredentialDescriptor(PublicKeyCredentialType.PublicKey, passkey.CredentialId, transports.Length > 0 ? transports : null);
    }

    /// <summary>authenticatorAttachment and response.transports: what lists show, and hints for later sign-ins.</summary>
    private static (string? Attachment, IReadOnlyList<string> Transports) ReadRegistrationHints(string responseJson)
    {
        using var document = JsonDocument.Parse(responseJson);
        var root = document.RootElement;
        var attachment = root.TryGetProperty("authenticatorAttachment", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
        var transports = root.TryGetProperty("response", out var r) && r.ValueKind == JsonValueKind.Object && r.TryGetProperty("transports", out var t) && t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).Where(KnownTransports.ContainsKey).Distinct(StringComparer.Ordinal).ToList()
            : [];
        return (attachment is "platform" or "cross-platform" ? attachment : null, transports);
    }

    private static RuleViolation RegistrationError(Fido2VerificationException exception) => exception.Code switch
    {
        Fido2ErrorCode.InvalidAuthenticatorResponseOrigin or Fido2ErrorCode.MissingAuthenticatorResponseOrigin
            or Fido2ErrorCode.CrossOriginRequestNotAllowed or Fido2ErrorCode.InvalidAuthenticatorResponseTopOrigin =>
            new(ErrorCodes.WebAuthnOriginNotAllowed, "The passkey was created for an origin this user pool does not allow."),
        Fido2ErrorCode.InvalidRpidHash =>
            new(ErrorCodes.WebAuthnRelyingPartyMismatch, "The passkey was created for another relying party."),
        Fido2ErrorCode.InvalidAuthenticatorResponseChallenge or Fido2ErrorCode.MissingAuthenticatorResponseChallenge =>
            new(ErrorCodes.WebAuthnChallengeNotFound, "The passkey answers a challenge this user pool did not issue."),
        Fido2ErrorCode.UserVerificationRequirementNotMet or Fido2ErrorCode.UserPresentFlagNotSet
            or Fido2ErrorCode.CredentialAlgorithmRequirementNotMet or Fido2ErrorCode.UnimplementedAlgorithm =>
            new(ErrorCodes.WebAuthnCredentialNotSupported, $"The passkey is not supported: {exception.Message}"),
        Fido2ErrorCode.NonUniqueCredentialId =>
            RuleViolation.InvalidParameter("This passkey is already registered."),
        _ => RuleViolation.InvalidParameter($"The passkey registration could not be verified: {exception.Message}"),
    };

    private static string AssertionReason(Fido2ErrorCode code) => code switch
    {
        Fido2ErrorCode.InvalidAuthenticatorResponseOrigin or Fido2ErrorCode.MissingAuthenticatorResponseOrigin or Fido2ErrorCode.CrossOriginRequestNotAllowed => "origin not allowed.",
        Fido2ErrorCode.InvalidRpidHash => "relying party mismatch.",
        Fido2ErrorCode.InvalidAuthenticatorResponseChallenge or Fido2ErrorCode.MissingAuthenticatorResponseChallenge => "challenge mismatch.",
        Fido2ErrorCode.InvalidSignature => "invalid signature.",
        Fido2ErrorCode.InvalidSignCount => "the signature counter did not increase.",
        Fido2ErrorCode.UserVerificationRequirementNotMet => "user verification is required.",
        Fido2ErrorCode.UserPresentFlagNotSet => "user presence is required.",
        _ => "the response is invalid.",
    };

    private static RuleViolation Malformed(string ceremony) => RuleViolation.InvalidParameter($"The passkey {ceremony} response is not valid WebAuthn JSON.");

    private static bool IsMalformed(Exception exception) =>
        exception is JsonException or FormatException or ArgumentException or InvalidOperationException or CborContentException or CryptographicException or NotSupportedException or OverflowException;
}
