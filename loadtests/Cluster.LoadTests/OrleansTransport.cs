using System.Collections.Concurrent;
using System.Security.Cryptography;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.Users;
using Cluster.Domain.Secrets;
using Cluster.Domain.Srp;
using Cluster.Domain.Users;

namespace Cluster.LoadTests;

/// <summary>
/// Straight to the grains through an Orleans cluster client: the same grain calls the HTTP handlers make, without
/// Kestrel, JSON, SigV4 or JWT verification, to show what the HTTP layer costs. getuser, signin, srp and the
/// lockout storm's wrong passwords work with the gateway alone; refresh needs the silo's token-sealing key to open
/// the refresh token (find the user and family) as the handler does.
/// </summary>
public sealed class OrleansTransport(OrleansConnection connection, ClusterKeys? tokenKeys) : ILoadTransport
{
    private readonly IClusterClient grains = connection.Client;
    private readonly ConcurrentDictionary<TestUser, (IUserGrain Grain, AccessCheck Check)> accessByUser = new();
    private readonly ConcurrentDictionary<TestUser, (IUserGrain Grain, RefreshTokenContent Content)> refreshByUser = new();

    public string Name => "orleans";

    /// <summary>The silo's token-sealing key, from base64 or from the embedded store's key file (DataPath/keys/token-sealing.key).</summary>
    public static ClusterKeys? TokenKeys(LoadOptions options)
    {
        var text = options.TokenSealingKey
            ?? (options.SiloDataPath is { } data ? File.ReadAllText(Path.Combine(data, "keys", "token-sealing.key")) : null);
        if (text is null)
        {
            return null;
        }

        var key = SealingKeyFile.Parse(text, options.TokenSealingKey is null ? "--silo-data" : "--token-sealing-key");
        // The silo names a key by the first byte of its SHA-256, so it keeps its id when rotated to "previous".
        var sealer = new AeadSealer([new SealingKey(SHA256.HashData(key)[0], key)]);
        return new ClusterKeys(sealer, sealer);
    }

    public Func<TestUser, Task<CallResult>>? RequestFor(Scenario scenario, out string? unsupported)
    {
        unsupported = null;
        switch (scenario.Name)
        {
            case "getuser":
                return GetUserAsync;
            case "signin":
                return user => SignInAsync(user, user.Password);
            case "wrong-password":
                return user => SignInAsync(user, TestUser.WrongPassword);
            case "srp":
                return SrpAsync;
            case "refresh" when tokenKeys is not null:
                return RefreshAsync;
            case "refresh":
                unsupported = "refresh over orleans needs the silo's token-sealing key: --silo-data DIR (its Storage__DataPath) or --token-sealing-key BASE64";
                return null;
            default:
                unsupported = $"{scenario.Name} has no orleans form";
                return null;
        }
    }

    private async Task<CallResult> GetUserAsync(TestUser user)
    {
        // As GetUser after verifying the token: the grain checks the token is not revoked and returns the profile.
        var (grain, check) = accessByUser.GetOrAdd(user, u =>
        {
            var claims = AccessTokenClaims.Read(u.AccessToken);
            return (grains.GetGrain<IUserGrain>(UserKeys.User(u.PoolId, claims.Sub)), new AccessCheck(claims.IssuedAt, claims.OriginJti, claims.ClientId));
        });
        return From(await grain.GetAsync(check));
    }

    private async Task<CallResult> SignInAsync(TestUser user, string password)
    {
        // As USER_PASSWORD_AUTH: the username's alias grain names the user, whose grain checks the password.
        var grain = await FindAsync(user);
        if (grain is null)
        {
            return CallResult.Failure("UserNotFoundException", "the alias grain knows no such username");
        }

        var outcome = await grain.SignInWithPasswordAsync(user.ClientId, password, null);
        return outcome.IsSuccess && outcome.Value!.Tokens is null
            ? CallResult.Failure("unexpected challenge", outcome.Value.ChallengeName ?? "no tokens")
            : From(outcome);
    }

    private async Task<CallResult> SrpAsync(TestUser user)
    {
        var (aHex, aSecret) = SrpClient.GenerateA();
        var grain = await FindAsync(user);
        if (grain is null)
        {
            return CallResult.Failure("UserNotFoundException", "the alias grain knows no such username");
        }

        var challenge = await grain.BeginSrpAsync(user.ClientId, aHex, null);
        if (!challenge.IsSuccess || challenge.Value!.ChallengeParameters is not { } p)
        {
            return challenge.IsSuccess ? CallResult.Failure("unexpected reply", "no SRP challenge") : From(challenge);
        }

        var claim = SrpClient.ComputeClaim(user.SrpPoolName, p["USER_ID_FOR_SRP"], user.Password, aHex, aSecret, p["SALT"], p["SRP_B"], p["SECRET_BLOCK"], DateTimeOffset.UtcNow);
        // The answer names the user again (RespondToAuthChallenge's USERNAME), so the alias is resolved again too.
        grain = await FindAsync(user) ?? grain;
        var outcome = await grain.CompleteSrpAsync(user.ClientId, p["SECRET_BLOCK"], claim.PasswordClaimSignature, claim.Timestamp, null);
        return outcome.IsSuccess && outcome.Value!.Tokens is null ? CallResult.Failure("unexpected challenge", outcome.Value.ChallengeName ?? "no tokens") : From(outcome);
    }

    private async Task<CallResult> RefreshAsync(TestUser user)
    {
        // As REFRESH_TOKEN_AUTH: the sealed token names the user and the token family; opened once per user here.
        var (grain, content) = refreshByUser.GetOrAdd(user, u =>
        {
            var opened = tokenKeys!.OpenRefreshToken(u.RefreshToken)
                ?? throw new InvalidOperationException("the refresh token does not open with the given token-sealing key (is it this silo's?)");
            return (grains.GetGrain<IUserGrain>(UserKeys.User(opened.PoolId, opened.Sub)), opened);
        });
        return From(await grain.RefreshAsync(user.ClientId, content.FamilyId, content.Generation));
    }

    private async Task<IUserGrain?> FindAsync(TestUser user)
    {
        var alias = grains.GetGrain<IUserAliasGrain>(AliasKinds.Key(user.PoolId, AliasKinds.Username, UsernameRules.Normalize(user.Username, caseSensitive: false)));
        var sub = await alias.ResolveAsync();
        return sub is null ? null : grains.GetGrain<IUserGrain>(UserKeys.User(user.PoolId, sub));
    }

    private static CallResult From<T>(Result<T> result) =>
        result.IsSuccess ? CallResult.Ok() : CallResult.Failure(result.Error!.Code, result.Error.Message) with { Status = 400 };

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();
}
