using System.Text.Json;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Paging;
using Cluster.Domain.Srp;

namespace Cluster.Grains.Users;

/// <summary>
/// Device tracking: a sign-in offers a device key; the client confirms it with an SRP verifier of a random device
/// password only it holds; later sign-ins from a remembered device prove that secret instead of a second factor.
/// </summary>
public sealed partial class UserGrain
{
    internal const string DeviceSrpAuth = "DEVICE_SRP_AUTH";
    internal const string DevicePasswordVerifier = "DEVICE_PASSWORD_VERIFIER";

    private static IdentityError DeviceNotFound => IdentityError.NotFound("Device does not exist.");

    /// <summary>A new device key for NewDeviceMetadata, kept unconfirmed until ConfirmDevice; the caller saves.</summary>
    private string OfferDevice(UserPoolContext context)
    {
        var now = time.GetUtcNow();
        state.State.DeviceGroupKey ??= "-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));
        foreach (var stale in state.State.Devices.Where(d => d.Value.SealedVerifier is null && now - d.Value.CreateDate > TimeSpan.FromDays(1)).Select(d => d.Key).ToList())
        {
            state.State.Devices.Remove(stale);
        }

        var key = $"{context.Runtime.Pool.Id[..context.Runtime.Pool.Id.IndexOf('_', StringComparison.Ordinal)]}_{Guid.NewGuid()}";
        state.State.Devices[key] = new DeviceRecord { CreateDate = now, LastModifiedDate = now };
        return key;
    }

    public async Task<Result<bool>> ConfirmDeviceAsync(AccessCheck access, string deviceKey, string? passwordVerifierBase64, string? saltBase64, string? deviceName)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        if (!state.State.Devices.TryGetValue(deviceKey, out var device))
        {
            return DeviceNotFound;
        }

        if (!SrpVerifiers.TryFromDeviceSecretVerifierConfig(passwordVerifierBase64, saltBase64, out var verifier))
        {
            return IdentityError.InvalidParameter("DeviceSecretVerifierConfig is missing or malformed.");
        }

        var context = await pools.GetAsync(PoolId);
        var remembered = context is not null && !context.Settings.DeviceOnlyRememberedOnUserPrompt;
        device.SealedVerifier = keys.AtRest.SealBytes(JsonSerializer.SerializeToUtf8Bytes(verifier), SealPurposes.SrpVerifier);
        device.Name = deviceName;
        device.Remembered = remembered;
        device.LastModifiedDate = time.GetUtcNow();
        await SaveAsync(directoryChanged: false);

        // When devices are remembered only on the user's say-so, the app must ask and call UpdateDeviceStatus.
        return !remembered;
    }

    public Task<Result<DeviceView>> GetDeviceAsync(AccessCheck? access, string deviceKey)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return Task.FromResult(Result<DeviceView>.Fail(denied));
        }

        return Task.FromResult(state.State.Devices.TryGetValue(deviceKey, out var device) && device.SealedVerifier is not null
            ? Result<DeviceView>.Ok(DeviceViewOf(deviceKey, device))
            : Result<DeviceView>.Fail(DeviceNotFound));
    }

    public Task<Result<DevicePage>> ListDevicesAsync(AccessCheck? access, int limit, string? paginationToken)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return Task.FromResult(Result<DevicePage>.Fail(denied));
        }

        var after = string.Empty;
        if (paginationToken is not null && !PageToken.TryDecode(paginationToken, out after))
        {
            return Task.FromResult(Result<DevicePage>.Fail(IdentityError.InvalidParameter("Invalid pagination token.")));
        }

        var size = limit > 0 ? limit : 60;
        var devices = state.State.Devices.Where(d => d.Value.SealedVerifier is not null && string.CompareOrdinal(d.Key, after) > 0)
            .OrderBy(d => d.Key, StringComparer.Ordinal).Take(size + 1).Select(d => DeviceViewOf(d.Key, d.Value)).ToList();
        var more = devices.Count > size;
        if (more)
        {
            devices.RemoveAt(size);
        }

        return Task.FromResult(Result<DevicePage>.Ok(new DevicePage(devices, more ? PageToken.Encode(devices[^1].DeviceKey) : null)));
    }

    public async Task<Result<Unit>> UpdateDeviceStatusAsync(AccessCheck? access, string deviceKey, bool remembered)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        if (!state.State.Devices.TryGetValue(deviceKey, out var device) || device.SealedVerifier is null)
        {
            return DeviceNotFound;
        }

        device.Remembered = remembered;
        device.LastModifiedDate = time.GetUtcNow();
        await SaveAsync(directoryChanged: false);
        return Unit.Value;
    }

    public async Task<Result<Unit>> ForgetDeviceAsync(AccessCheck? access, string deviceKey)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        if (!state.State.Devices.Remove(deviceKey))
        {
            return DeviceNotFound;
        }

        await SaveAsync(directoryChanged: false);
        return Unit.Value;
    }

    public async Task<Result<AuthOutcome>> RespondToDeviceAsync(string clientId, string challengeName, IReadOnlyDictionary<string, string> responses)
    {
        var context = await pools.GetAsync(PoolId);
        if (!Exists || !state.State.Enabled || context is null || !context.Clients.TryGetValue(clientId, out var client))
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Invalid session for the user.");
        }

        if (!responses.TryGetValue("DEVICE_KEY", out var deviceKey) || !state.State.Devices.TryGetValue(deviceKey, out var device) ||
            DeviceVerifier(device) is not { } verifier || state.State.DeviceGroupKey is not { } groupKey)
        {
            return DeviceNotFound;
        }

        if (challengeName == DeviceSrpAuth)
        {
            if (!responses.TryGetValue("SRP_A", out var srpA) || !SrpGroup.TryParseHex(srpA, out var a) || a.IsZero || a >= SrpGroup.N)
            {
                return IdentityError.InvalidParameter("Invalid SRP_A.");
            }

            var (bHex, bSecret) = SrpServerSession.Begin(verifier);
            var block = new SrpSecretBlock(Sub, clientId, srpA, bSecret, bHex, (time.GetUtcNow() + SrpChallengeLifetime).ToUnixTimeSeconds(), Guid.NewGuid().ToString("N"), deviceKey);
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["SALT"] = verifier.SaltHex,
                ["SRP_B"] = bHex,
                ["SECRET_BLOCK"] = Convert.ToBase64String(keys.Tokens.SealBytes(JsonSerializer.SerializeToUtf8Bytes(block), SealPurposes.SrpSecretBlock)),
                ["USERNAME"] = state.State.Username!,
                ["DEVICE_KEY"] = deviceKey,
            };
            return new AuthOutcome(null, DevicePasswordVerifier, parameters, Session(client, DevicePasswordVerifier));
        }

        var opened = responses.TryGetValue("PASSWORD_CLAIM_SECRET_BLOCK", out var secretBlock) ? OpenBlock(secretBlock, out var raw) : null;
        var now = time.GetUtcNow();
        if (opened is null || opened.DeviceKey != deviceKey || opened.Sub != Sub || opened.ClientId != clientId ||
            opened.ExpiresAt < now.ToUnixTimeSeconds() || state.State.UsedSrpBlocks.ContainsKey(opened.Nonce))
        {
            return new IdentityError(ErrorCodes.NotAuthorized, "Invalid session for the user, session is expired.");
        }

        state.State.UsedSrpBlocks[opened.Nonce] = DateTimeOffset.FromUnixTimeSeconds(opened.ExpiresAt);
        var key = SrpServerSession.DeriveKey(verifier, opened.AHex, opened.BSecretHex, opened.BHex);
        if (key is null || !responses.TryGetValue("TIMESTAMP", out var timestamp) || !responses.TryGetValue("PASSWORD_CLAIM_SIGNATURE", out var signature) ||
            !SrpServerSession.VerifyClaim(key, groupKey, deviceKey, Convert.FromBase64String(secretBlock!), timestamp, signature))
        {
            return await CountFailureAsync();
        }

        device.LastAuthenticatedDate = now;
        return device.Remembered
            ? new AuthOutcome(await IssueTokensAsync(context, client, offerDevice: false), null, null, null)
            : await SecondFactorOrTokensAsync(context, client, offerDevice: false);
    }

    private SrpVerifier? DeviceVerifier(DeviceRecord device) =>
        device.SealedVerifier is { } sealedVerifier && keys.AtRest.TryUnsealBytes(sealedVerifier, SealPurposes.SrpVerifier, out var plain)
            ? JsonSerializer.Deserialize<SrpVerifier>(plain)
            : null;

    private static DeviceView DeviceViewOf(string key, DeviceRecord device)
    {
        var attributes = new List<UserAttribute>
        {
            new("device_status", "valid"),
            new("dev:device_remembered_status", device.Remembered ? "remembered" : "not_remembered"),
        };
        if (device.Name is not null)
        {
            attributes.Add(new UserAttribute("device_name", device.Name));
        }

        return new DeviceView(key, attributes, device.CreateDate, device.LastModifiedDate, device.LastAuthenticatedDate);
    }
}
