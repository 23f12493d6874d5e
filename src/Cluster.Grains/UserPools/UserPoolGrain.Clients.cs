using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.Errors;
using Cluster.Domain.Paging;
using Cluster.Domain.UserPools;

namespace Cluster.Grains.UserPools;

/// <summary>App clients and their secrets; secrets are sealed at rest and shown in clear only to admin calls.</summary>
public sealed partial class UserPoolGrain
{
    /// <summary>Cognito's default quota of app clients per pool.</summary>
    public const int MaxClients = 1000;

    /// <summary>Cognito keeps at most two secrets per client, so one can be rotated in while the other is in use.</summary>
    public const int MaxSecretsPerClient = 2;

    public async Task<Result<AppClientView>> CreateClientAsync(AppClientSettings settings, bool generateSecret, string? clientSecret)
    {
        if (!Exists)
        {
            return PoolNotFound();
        }

        if (generateSecret && clientSecret is not null)
        {
            return IdentityError.InvalidParameter("You cannot specify both GenerateSecret as true and a ClientSecret value.");
        }

        if (state.State.Clients.Count >= MaxClients)
        {
            return new IdentityError(ErrorCodes.LimitExceeded, $"The maximum number of app clients ({MaxClients}) has been reached for this user pool.");
        }

        var invalid = CheckClient(settings);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = time.GetUtcNow();
        var clientId = ClientIds.NewClientId();
        var secrets = new List<AppClientSecret>();
        if (generateSecret || clientSecret is not null)
        {
            secrets.Add(SealSecret(clientId, clientSecret ?? ClientIds.NewClientSecret(), now));
        }

        await GrainFactory.GetGrain<IAppClientRegistryGrain>(clientId).RegisterAsync(PoolId);
        state.State.Clients[clientId] = new AppClient(clientId, settings, secrets, now, now);
        try
        {
            await CommitAsync();
        }
        catch
        {
            await GrainFactory.GetGrain<IAppClientRegistryGrain>(clientId).UnregisterAsync();
            throw;
        }

        return View(state.State.Clients[clientId]);
    }

    public Task<Result<AppClientView>> DescribeClientAsync(string clientId) =>
        Task.FromResult(FindClient(clientId, out var client, out var error) ? View(client!) : Result<AppClientView>.Fail(error!));

    public async Task<Result<AppClientView>> UpdateClientAsync(string clientId, AppClientSettings settings)
    {
        if (!FindClient(clientId, out var client, out var error))
        {
            return error!;
        }

        var invalid = CheckClient(settings);
        if (invalid is not null)
        {
            return invalid;
        }

        // UpdateUserPoolClient may leave ClientName out (an empty name here, never valid on the wire): the name stays.
        if (settings.ClientName.Length == 0)
        {
            settings = settings with { ClientName = client!.Settings.ClientName };
        }

        state.State.Clients[clientId] = client! with { Settings = settings, LastModifiedDate = time.GetUtcNow() };
        await CommitAsync();
        return View(state.State.Clients[clientId]);
    }

    public Task<Result<AppClientPage>> ListClientsAsync(int maxResults, string? nextToken)
    {
        if (!Exists)
        {
            return Task.FromResult(Result<AppClientPage>.Fail(PoolNotFound()));
        }

        var after = string.Empty;
        if (nextToken is not null && !PageToken.TryDecode(nextToken, out after))
        {
            return Task.FromResult(Result<AppClientPage>.Fail(IdentityError.InvalidParameter("Invalid pagination token.")));
        }

        var page = state.State.Clients.Values
            .Where(c => string.CompareOrdinal(c.ClientId, after) > 0)
            .OrderBy(c => c.ClientId, StringComparer.Ordinal)
            .Take(maxResults + 1)
            .Select(View)
            .ToList();
        var more = page.Count > maxResults;
        if (more)
        {
            page.RemoveAt(maxResults);
        }

        return Task.FromResult(Result<AppClientPage>.Ok(new AppClientPage(page, more ? PageToken.Encode(page[^1].ClientId) : null)));
    }

    public async Task<Result<Unit>> DeleteClientAsync(string clientId)
    {
        if (!FindClient(clientId, out _, out var error))
        {
            return error!;
        }

        state.State.Clients.Remove(clientId);
        await CommitAsync();
        await GrainFactory.GetGrain<IAppClientRegistryGrain>(clientId).UnregisterAsync();
        return Unit.Value;
    }

    public async Task<Result<ClientSecretView>> AddClientSecretAsync(string clientId, string? clientSecret)
    {
        if (!FindClient(clientId, out var client, out var error))
        {
            return error!;
        }

        if (client!.Secrets.Count == 0)
        {
            return IdentityError.InvalidParameter("Secrets can only be added to app clients that were created with a client secret.");
        }

        if (client.Secrets.Count >= MaxSecretsPerClient)
        {
            return new IdentityError(ErrorCodes.LimitExceeded, $"An app client can have at most {MaxSecretsPerClient} client secrets.");
        }

        // Secret ids are {clientId}--{epoch ms}, as Cognito's: two secrets in one millisecond would share an id.
        var now = time.GetUtcNow();
        while (client.Secrets.Any(s => s.SecretId == ClientIds.NewSecretId(clientId, now)))
        {
            now = now.AddMilliseconds(1);
        }

        var value = clientSecret ?? ClientIds.NewClientSecret();
        var secret = SealSecret(clientId, value, now);
        state.State.Clients[clientId] = client with { Secrets = [secret, .. client.Secrets], LastModifiedDate = now };
        await CommitAsync();
        return new ClientSecretView(secret.SecretId, value, now);
    }

    public Task<Result<IReadOnlyList<ClientSecretView>>> ListClientSecretsAsync(string clientId)
    {
        if (!FindClient(clientId, out var client, out var error))
        {
            return Task.FromResult(Result<IReadOnlyList<ClientSecretView>>.Fail(error!));
        }

        IReadOnlyList<ClientSecretView> secrets = client!.Secrets.Select(s => new ClientSecretView(s.SecretId, null, s.CreatedAt)).ToList();
        return Task.FromResult(Result<IReadOnlyList<ClientSecretView>>.Ok(secrets));
    }

    public async Task<Result<Unit>> DeleteClientSecretAsync(string clientId, string secretId)
    {
        if (!FindClient(clientId, out var client, out var error))
        {
            return error!;
        }

        if (client!.Secrets.All(s => s.SecretId != secretId))
        {
            return IdentityError.NotFound($"Client secret {secretId} does not exist.");
        }

        if (client.Secrets.Count == 1)
        {
            return IdentityError.InvalidParameter("The only client secret of an app client cannot be deleted.");
        }

        state.State.Clients[clientId] = client with { Secrets = client.Secrets.Where(s => s.SecretId != secretId).ToList(), LastModifiedDate = time.GetUtcNow() };
        await CommitAsync();
        return Unit.Value;
    }

    private IdentityError? CheckClient(AppClientSettings settings)
    {
        var schema = state.State.Settings!.Schema.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = (settings.ReadAttributes ?? []).Concat(settings.WriteAttributes ?? []).FirstOrDefault(a => !schema.Contains(a));
        if (unknown is not null)
        {
            return IdentityError.InvalidParameter($"Invalid read or write attribute: {unknown}.");
        }

        if (settings.WriteAttributes?.Contains("sub") == true)
        {
            return IdentityError.InvalidParameter("Invalid write attributes specified while creating a client: sub.");
        }

        var access = TokenLifetime(settings.AccessTokenValidity, settings.AccessTokenUnit);
        var id = TokenLifetime(settings.IdTokenValidity, settings.IdTokenUnit);
        var refresh = TokenLifetime(settings.RefreshTokenValidity, settings.RefreshTokenUnit);
        if (access < TimeSpan.FromMinutes(5) || access > TimeSpan.FromDays(1))
        {
            return IdentityError.InvalidParameter("Access token validity must be between 5 minutes and 1 day.");
        }

        if (id < TimeSpan.FromMinutes(5) || id > TimeSpan.FromDays(1))
        {
            return IdentityError.InvalidParameter("ID token validity must be between 5 minutes and 1 day.");
        }

        if (refresh < TimeSpan.FromMinutes(60) || refresh > TimeSpan.FromDays(3650))
        {
            return IdentityError.InvalidParameter("Refresh token validity must be between 60 minutes and 10 years.");
        }

        return refresh <= access || refresh <= id
            ? IdentityError.InvalidParameter("Refresh token validity must be longer than access and ID token validity.")
            : null;
    }

    internal static TimeSpan TokenLifetime(int value, string unit) => unit switch
    {
        "seconds" => TimeSpan.FromSeconds(value),
        "minutes" => TimeSpan.FromMinutes(value),
        "hours" => TimeSpan.FromHours(value),
        _ => TimeSpan.FromDays(value),
    };

    private bool FindClient(string clientId, out AppClient? client, out IdentityError? error)
    {
        client = null;
        if (!Exists)
        {
            error = PoolNotFound();
            return false;
        }

        if (!state.State.Clients.TryGetValue(clientId, out client))
        {
            error = IdentityError.NotFound($"User pool client {clientId} does not exist.");
            return false;
        }

        error = null;
        return true;
    }

    private AppClientSecret SealSecret(string clientId, string value, DateTimeOffset now) =>
        new(ClientIds.NewSecretId(clientId, now), keys.AtRest.SealBytes(System.Text.Encoding.UTF8.GetBytes(value), SealPurposes.ClientSecret), now);

    private AppClientView View(AppClient client)
    {
        string? secret = null;
        if (client.Secrets.Count > 0 && keys.AtRest.TryUnsealBytes(client.Secrets[0].SealedValue, SealPurposes.ClientSecret, out var plain))
        {
            secret = System.Text.Encoding.UTF8.GetString(plain);
        }

        return new AppClientView(PoolId, client.ClientId, client.Settings, secret, client.CreationDate, client.LastModifiedDate);
    }
}
