using System.Text.Json;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Srp;

namespace Cluster.Grains.Users;

/// <summary>
/// USER_SRP_AUTH, Cognito's SRP-6a: the password never crosses the wire. The verifier is made whenever the
/// password is set; a sign-in proves knowledge of the password against it.
/// </summary>
public sealed partial class UserGrain
{
    /// <summary>How long a PASSWORD_VERIFIER challenge may be answered, and how far the client's clock may be off.</summary>
    internal static readonly TimeSpan SrpChallengeLifetime = TimeSpan.FromMinutes(5);

    /// <summary>Cognito's SRP "pool name": the part of the pool id after the underscore.</summary>
    private string SrpPoolName => PoolId[(PoolId.IndexOf('_', StringComparison.Ordinal) + 1)..];

    /// <summary>Every path that sets a password sets both proofs of it: the Argon2id hash and the SRP verifier.</summary>
    private void SetPassword(string password)
    {
        state.State.PasswordHash = hasher.Hash(password);
        var verifier = SrpVerifiers.Create(SrpPoolName, state.State.Username!, password);
        state.State.SealedSrpVerifier = keys.AtRest.SealBytes(JsonSerializer.SerializeToUtf8Bytes(verifier), SealPurposes.SrpVerifier);
    }

    public Task<Result<AuthOutcome>> BeginSrpAsync(string clientId, string srpA, string? deviceKey)
    {
        var verifier = Verifier();
        if (!Exists || verifier is null)
        {
            return Task.FromResult(Result<AuthOutcome>.Fail(WrongCredentials));
        }

        if (IsLocked())
        {
            return Task.FromResult(Result<AuthOutcome>.Fail(Locked));
        }

        if (!SrpGroup.TryParseHex(srpA, out var a) || a.IsZero || a >= SrpGroup.N)
        {
            return Task.FromResult(Result<AuthOutcome>.Fail(IdentityError.InvalidParameter("Invalid SRP_A.")));
        }

        var (bHex, bSecret) = SrpServerSession.Begin(verifier);
        var block = new SrpSecretBlock(Sub, clientId, srpA, bSecret, bHex, (time.GetUtcNow() + SrpChallengeLifetime).ToUnixTimeSeconds(), Guid.NewGuid().ToString("N"), deviceKey);
        var sealedBlock = Convert.ToBase64String(keys.Tokens.SealBytes(JsonSerializer.SerializeToUtf8Bytes(block), SealPurposes.SrpSecretBlock));
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["SALT"] = verifier.SaltHex,
            ["SRP_B"] = bHex,
            ["SECRET_BLOCK"] = sealedBlock,
            ["USER_ID_FOR_SRP"] = state.State.Username!,
            ["USERNAME"] = state.State.Username!,
        };
        return Task.FromResult(Result<AuthOutcome>.Ok(new AuthOutcome(null, "PASSWORD_VERIFIER", parameters, null)));
    }

    public async Task<Result<AuthOutcome>> CompleteSrpAsync(string clientId, string secretBlock, string claimSignature, string timestamp, string? deviceKey)
    {
        var verifier = Verifier();
        var block = OpenBlock(secretBlock, out var rawBlock);
        var now = time.GetUtcNow();
        if (!Exists || verifier is null || block is null || block.Sub != Sub || block.ClientId != clientId)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Incorrect username or password.");
        }

        if (block.ExpiresAt < now.ToUnixTimeSeconds() || state.State.UsedSrpBlocks.ContainsKey(block.Nonce))
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Invalid session for the user, session is expired.");
        }

        if (!SrpServerSession.TryParseTimestamp(timestamp, out var clientTime) || (clientTime - now).Duration() > SrpChallengeLifetime)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Timestamp is not within the allowed window.");
        }

        if (IsLocked())
        {
            return Locked;
        }

        // The block is spent whatever the outcome: a second answer to one challenge is refused.
        state.State.UsedSrpBlocks[block.Nonce] = DateTimeOffset.FromUnixTimeSeconds(block.ExpiresAt);
        foreach (var spent in state.State.UsedSrpBlocks.Where(b => b.Value < now).Select(b => b.Key).ToList())
        {
            state.State.UsedSrpBlocks.Remove(spent);
        }

        var key = SrpServerSession.DeriveKey(verifier, block.AHex, block.BSecretHex, block.BHex);
        if (key is null || !SrpServerSession.VerifyClaim(key, SrpPoolName, state.State.Username!, rawBlock, timestamp, claimSignature))
        {
            return await CountFailureAsync();
        }

        var result = await AfterFirstFactorAsync(clientId, deviceKey ?? block.DeviceKey);
        if (result.Value?.Tokens is null)
        {
            // Issuing tokens saved the spent block already; every other ending must store it too.
            await SaveAsync(directoryChanged: false);
        }

        return result;
    }

    private SrpVerifier? Verifier() =>
        state.State.SealedSrpVerifier is { } sealedVerifier && keys.AtRest.TryUnsealBytes(sealedVerifier, SealPurposes.SrpVerifier, out var plain)
            ? JsonSerializer.Deserialize<SrpVerifier>(plain)
            : null;

    private SrpSecretBlock? OpenBlock(string secretBlock, out byte[] raw)
    {
        raw = [];
        try
        {
            raw = Convert.FromBase64String(secretBlock);
        }
        catch (FormatException)
        {
            return null;
        }

        if (!keys.Tokens.TryUnsealBytes(raw, SealPurposes.SrpSecretBlock, out var plain))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SrpSecretBlock>(plain);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
