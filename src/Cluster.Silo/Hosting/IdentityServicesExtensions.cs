using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Messaging;
using Cluster.Abstractions.Security;
using Cluster.Abstractions.UserPools;
using Cluster.Domain.Breaches;
using Cluster.Domain.Passwords;
using Cluster.Domain.Secrets;
using Cluster.Grains.IdentityPools;
using Cluster.Grains.UserPools;
using Cluster.Protocol.Authentication;
using Cluster.Grains.Messaging;
using Microsoft.Extensions.Options;

namespace Cluster.Silo.Hosting;

/// <summary>The services grains and handlers share: cluster keys, the password hasher, the pool cache, messages.</summary>
public static class IdentityServicesExtensions
{
    public static WebApplicationBuilder AddIdentityServices(this WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var security = builder.Configuration.CheckNow<SecurityOptions, SecurityOptionsValidator>(SecurityOptions.Section);
        var result = new SecurityOptionsValidator(storage.Provider).Validate(Options.DefaultName, security);
        if (result.Failed)
        {
            throw new OptionsValidationException(SecurityOptions.Section, typeof(SecurityOptions), result.Failures);
        }

        // Checked here too, not only at ValidateOnStart, so a bad key fails before the silo starts.
        builder.Configuration.CheckNow<AdminCredentialsOptions, AdminCredentialsOptionsValidator>(AdminCredentialsOptions.Section);
        builder.Configuration.CheckNow<SigningKeyOptions, SigningKeyOptionsValidator>(SigningKeyOptions.Section);
        builder.Configuration.CheckNow<Protocol.Throttling.RateLimitOptions, Protocol.Throttling.RateLimitOptionsValidator>(Protocol.Throttling.RateLimitOptions.Section);

        var keyFolder = Path.Combine(storage.DataPath, "keys");
        builder.Services.AddSingleton(new ClusterKeys(
            Sealer(security.KeyEncryptionKey, security.PreviousKeyEncryptionKey, Path.Combine(keyFolder, "key-encryption.key")),
            Sealer(security.TokenSealingKey, security.PreviousTokenSealingKey, Path.Combine(keyFolder, "token-sealing.key"))));
        // Memory-mapped: a filter of the full corpus (about 1 GB) lives in the page cache, not in each silo's heap.
        builder.Services.AddSingleton(string.IsNullOrWhiteSpace(security.BreachedPasswordFilterPath)
            ? BreachedPasswordFilter.Default
            : BreachedPasswordFilter.OpenMapped(security.BreachedPasswordFilterPath));
        builder.Services.AddSingleton(new PasswordHasher(new PasswordHashParameters(security.PasswordHashMemoryKiB, security.PasswordHashIterations, 1)));
        builder.Services.AddOptions<SigningKeyOptions>().BindConfiguration(SigningKeyOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SigningKeyOptions>, SigningKeyOptionsValidator>();

        var publicBaseUrl = builder.Configuration[$"{ServiceOptions.Section}:{nameof(ServiceOptions.PublicBaseUrl)}"];
        var endpoint = new PublicEndpoint();
        if (!string.IsNullOrWhiteSpace(publicBaseUrl))
        {
            endpoint.BaseUrl = publicBaseUrl;
        }

        builder.Services.AddSingleton(endpoint);
        builder.Services.AddSingleton<IUserPoolContextCache, UserPoolContextCache>();
        builder.Services.AddIdentityPoolServices();
        var outbox = builder.Configuration["Messaging:OutboxPath"] ?? Path.Combine(storage.DataPath, "outbox.jsonl");
        builder.Services.AddSingleton<IMessageSender>(sp => new OutboxMessageSender(outbox, sp.GetRequiredService<TimeProvider>()));
        return builder;
    }

    /// <summary>Keys from configuration; in the embedded default, generated into the data folder on first start.</summary>
    private static AeadSealer Sealer(string? current, string? previous, string generatedPath)
    {
        var keys = new List<SealingKey>
        {
            Identified(string.IsNullOrWhiteSpace(current) ? SealingKeyFile.LoadOrCreate(generatedPath).Key : Convert.FromBase64String(current)),
        };
        if (!string.IsNullOrWhiteSpace(previous))
        {
            var old = Identified(Convert.FromBase64String(previous));
            if (old.Id == keys[0].Id)
            {
                throw new OptionsValidationException(SecurityOptions.Section, typeof(SecurityOptions), ["Security: the current and previous keys share a key id byte; generate another current key."]);
            }

            keys.Add(old);
        }

        return new AeadSealer(keys);
    }

    /// <summary>A key's id is derived from the key, so it stays the same when the key moves from current to previous.</summary>
    private static SealingKey Identified(byte[] key) => new(System.Security.Cryptography.SHA256.HashData(key)[0], key);
}
