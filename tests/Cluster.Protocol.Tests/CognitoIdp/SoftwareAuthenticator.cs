using System.Buffers.Text;
using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cluster.Protocol.Tests.CognitoIdp;

/// <summary>
/// A passkey authenticator in software, written from the WebAuthn spec rather than the server's library: a P-256
/// key, attestation format "none", and assertions signed over authenticatorData || SHA-256(clientDataJSON).
/// Each ceremony may be bent (origin, relying-party id, counter) to test what the server refuses.
/// </summary>
public sealed class SoftwareAuthenticator : IDisposable
{
    private const byte UserPresent = 0x01;
    private const byte UserVerified = 0x04;
    private const byte AttestedCredentialData = 0x40;

    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(16);

    public string CredentialIdText => Base64Url.EncodeToString(CredentialId);

    /// <summary>The signature counter: raised before every assertion, as a real authenticator does.</summary>
    public uint Counter { get; set; }

    /// <summary>A RegistrationResponseJSON answering PublicKeyCredentialCreationOptions.</summary>
    public JsonObject Register(JsonElement options, string origin, string? rpId = null, bool verified = true)
    {
        var clientData = ClientData("webauthn.create", options.GetProperty("challenge").GetString()!, origin);
        var authData = AuthenticatorData(rpId ?? options.GetProperty("rp").GetProperty("id").GetString()!, (byte)(UserPresent | (verified ? UserVerified : 0) | AttestedCredentialData), Counter, attested: true);
        var attestation = new CborWriter(CborConformanceMode.Ctap2Canonical);
        attestation.WriteStartMap(3);
        attestation.WriteTextString("fmt");
        attestation.WriteTextString("none");
        attestation.WriteTextString("attStmt");
        attestation.WriteStartMap(0);
        attestation.WriteEndMap();
        attestation.WriteTextString("authData");
        attestation.WriteByteString(authData);
        attestation.WriteEndMap();
        return new JsonObject
        {
            ["id"] = CredentialIdText,
            ["rawId"] = CredentialIdText,
            ["type"] = "public-key",
            ["authenticatorAttachment"] = "platform",
            ["clientExtensionResults"] = new JsonObject(),
            ["response"] = new JsonObject
            {
                ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
                ["attestationObject"] = Base64Url.EncodeToString(attestation.Encode()),
                ["transports"] = new JsonArray("internal", "hybrid"),
            },
        };
    }

    /// <summary>An AuthenticationResponseJSON answering PublicKeyCredentialRequestOptions (the JSON text of CREDENTIAL_REQUEST_OPTIONS).</summary>
    public string Assert(string requestOptions, string origin, string? rpId = null, byte[]? userHandle = null, bool raiseCounter = true)
    {
        var options = JsonDocument.Parse(requestOptions).RootElement;
        if (raiseCounter)
        {
            Counter++;
        }

        var clientData = ClientData("webauthn.get", options.GetProperty("challenge").GetString()!, origin);
        var authData = AuthenticatorData(rpId ?? options.GetProperty("rpId").GetString()!, UserPresent | UserVerified, Counter, attested: false);
        var signature = key.SignData([.. authData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var response = new JsonObject
        {
            ["clientDataJSON"] = Base64Url.EncodeToString(clientData),
            ["authenticatorData"] = Base64Url.EncodeToString(authData),
            ["signature"] = Base64Url.EncodeToString(signature),
        };
        if (userHandle is not null)
        {
            response["userHandle"] = Base64Url.EncodeToString(userHandle);
        }

        return new JsonObject
        {
            ["id"] = CredentialIdText,
            ["rawId"] = CredentialIdText,
            ["type"] = "public-key",
            ["clientExtensionResults"] = new JsonObject(),
            ["response"] = response,
        }.ToJsonString();
    }

    public void Dispose() => key.Dispose();

    private static byte[] ClientData(string type, string challenge, string origin) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["type"] = type, ["challenge"] = challenge, ["origin"] = origin, ["crossOrigin"] = false }.ToJsonString());

    private byte[] AuthenticatorData(string rpId, byte flags, uint counter, bool attested)
    {
        var data = new List<byte>(SHA256.HashData(Encoding.UTF8.GetBytes(rpId))) { flags };
        data.AddRange([(byte)(counter >> 24), (byte)(counter >> 16), (byte)(counter >> 8), (byte)counter]);
        if (attested)
        {
            data.AddRange(new byte[16]);
            data.AddRange([(byte)(CredentialId.Length >> 8), (byte)CredentialId.Length]);
            data.AddRange(CredentialId);
            data.AddRange(CosePublicKey());
        }

        return [.. data];
    }

    /// <summary>The public key as a COSE_Key: EC2, ES256, P-256, x and y.</summary>
    private byte[] CosePublicKey()
    {
        var point = key.ExportParameters(false).Q;
        var cose = new CborWriter(CborConformanceMode.Ctap2Canonical);
        cose.WriteStartMap(5);
        cose.WriteInt32(1);
        cose.WriteInt32(2);
        cose.WriteInt32(3);
        cose.WriteInt32(-7);
        cose.WriteInt32(-1);
        cose.WriteInt32(1);
        cose.WriteInt32(-2);
        cose.WriteByteString(point.X!);
        cose.WriteInt32(-3);
        cose.WriteByteString(point.Y!);
        cose.WriteEndMap();
        return cose.Encode();
    }
}
