using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Messaging;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Errors;
using Cluster.Domain.Users;
using Cluster.Grains.UserPools;

namespace Cluster.Grains.Users;

/// <summary>
/// Attribute updates and verification. A changed email or phone is unverified until a code proves it; where the
/// pool's UserAttributeUpdateSettings say so, the new value waits beside the old one, which keeps working for
/// sign-in and recovery until then.
/// </summary>
public sealed partial class UserGrain
{
    private static readonly string[] VerifiableAttributes = ["email", "phone_number"];

    public async Task<Result<IReadOnlyList<CodeDelivery>>> UpdateAttributesAsync(AccessCheck? access, IReadOnlyList<UserAttribute> attributes)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null)
        {
            return UserNotFound;
        }

        return await ApplyAttributesAsync(context, attributes, access is null ? AttributeWriter.Admin : AttributeWriter.User, access?.ClientId, save: true);
    }

    public async Task<Result<CodeDelivery>> SendAttributeVerificationCodeAsync(AccessCheck access, string attributeName)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        if (!VerifiableAttributes.Contains(attributeName) || RawDestination(attributeName).Length == 0)
        {
            return IdentityError.InvalidParameter($"Invalid attribute name or the user has no {attributeName}.");
        }

        var delivery = DeliveryFor(attributeName)!;
        var code = IssueCode(VerifyCode(attributeName), SignUpCodeLifetime);
        await SaveAsync(directoryChanged: false);
        await SendAsync(MessagePurposes.VerifyAttribute, delivery, "Your verification code", $"Your verification code is {code}.");
        return delivery;
    }

    public async Task<Result<Unit>> VerifyAttributeAsync(AccessCheck access, string attributeName, string code)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        if (!VerifiableAttributes.Contains(attributeName))
        {
            return IdentityError.InvalidParameter($"Invalid attribute name {attributeName}.");
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null)
        {
            return UserNotFound;
        }

        var codeError = await RedeemCodeAsync(VerifyCode(attributeName), code);
        if (codeError is not null)
        {
            return codeError;
        }

        if (state.State.PendingAttributes.Remove(attributeName, out var newValue))
        {
            state.State.Attributes[attributeName] = newValue;
        }

        state.State.Attributes[$"{attributeName}_verified"] = "true";
        return await SyncAliasesAsync(context);
    }

    public async Task<Result<Unit>> DeleteAttributesAsync(AccessCheck? access, IReadOnlyList<string> attributeNames)
    {
        var denied = CheckAccess(access);
        if (denied is not null)
        {
            return denied;
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null)
        {
            return UserNotFound;
        }

        var schema = context.Settings.Schema.Select(a => a.ToDefinition()).ToList();
        var writeAttributes = access is not null && context.Clients.TryGetValue(access.ClientId, out var client) ? client.Settings.WriteAttributes : null;
        var error = UserAttributeRules.CheckDelete(attributeNames, schema, access is null ? AttributeWriter.Admin : AttributeWriter.User, writeAttributes);
        if (error is not null)
        {
            return IdentityError.From(error);
        }

        foreach (var name in attributeNames)
        {
            state.State.Attributes.Remove(name);
            state.State.PendingAttributes.Remove(name);
            if (VerifiableAttributes.Contains(name))
            {
                state.State.Attributes.Remove($"{name}_verified");
            }
        }

        return await SyncAliasesAsync(context);
    }

    /// <summary>Checks and applies attribute changes, sending verification codes for changed email or phone.</summary>
    private async Task<Result<IReadOnlyList<CodeDelivery>>> ApplyAttributesAsync(UserPoolContext context, IReadOnlyList<UserAttribute> attributes, AttributeWriter writer, string? clientId, bool save)
    {
        var schema = context.Settings.Schema.Select(a => a.ToDefinition()).ToList();
        var pairs = attributes.Select(a => KeyValuePair.Create(a.Name, a.Value)).ToList();
        var writeAttributes = clientId is not null && context.Clients.TryGetValue(clientId, out var client) ? client.Settings.WriteAttributes : null;
        var error = UserAttributeRules.CheckWrite(pairs, schema, writer, creating: false, writeAttributes);
        if (error is not null)
        {
            return IdentityError.From(error);
        }

        var autoVerified = context.Settings.AutoVerifiedAttributes;
        var keepOriginal = context.Settings.AttributesRequireVerificationBeforeUpdate;
        var toVerify = new List<string>();
        var next = new Dictionary<string, string>(state.State.Attributes, StringComparer.Ordinal);
        var pending = new Dictionary<string, string>(state.State.PendingAttributes, StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            if (value.Length == 0)
            {
                next.Remove(name);
                continue;
            }

            var changesContact = VerifiableAttributes.Contains(name) && next.GetValueOrDefault(name) != value;
            var markedVerified = pairs.Any(p => p.Key == $"{name}_verified" && p.Value == "true");
            if (changesContact && !markedVerified)
            {
                if (keepOriginal.Contains(name) && next.GetValueOrDefault($"{name}_verified") == "true")
                {
                    // The pool keeps the verified value in use; the new one waits for its code.
                    pending[name] = value;
                    toVerify.Add(name);
                    continue;
                }

                next[$"{name}_verified"] = "false";
                if (autoVerified.Contains(name))
                {
                    toVerify.Add(name);
                }
            }

            next[name] = value;
        }

        var flags = UserAttributeRules.CheckVerifiedFlags(next);
        if (flags is not null)
        {
            return IdentityError.From(flags);
        }

        state.State.Attributes = next;
        state.State.PendingAttributes = pending;
        var deliveries = new List<(CodeDelivery Delivery, string Code)>();
        foreach (var name in toVerify)
        {
            deliveries.Add((DeliveryFor(name)!, IssueCode(VerifyCode(name), SignUpCodeLifetime)));
        }

        if (save)
        {
            var synced = await SyncAliasesAsync(context);
            if (!synced.IsSuccess)
            {
                return synced.Error!;
            }
        }

        foreach (var (delivery, code) in deliveries)
        {
            await SendAsync(MessagePurposes.VerifyAttribute, delivery, "Your verification code", $"Your verification code is {code}.");
        }

        return deliveries.Select(d => d.Delivery).ToList();
    }

    /// <summary>
    /// Makes the alias grains match the attributes: new verified names are reserved first (so a taken one fails
    /// with nothing changed), then the state is saved, then names no longer held are released.
    /// </summary>
    private async Task<Result<Unit>> SyncAliasesAsync(UserPoolContext context)
    {
        var wanted = AliasKeysFor(context, state.State.Username!, state.State.Attributes, includeUnverifiedUsernameAttributes: true);
        var added = wanted.Where(a => !state.State.Aliases.Contains(a.Key)).ToList();
        var dropped = state.State.Aliases.Where(a => wanted.All(w => w.Key != a)).ToList();
        var taken = await ReserveAsync(added);
        if (taken is not null)
        {
            await state.ReadStateAsync();
            return new IdentityError(ErrorCodes.AliasExists, "An account with the given email already exists.");
        }

        state.State.Aliases = wanted.Select(a => a.Key).ToList();
        await SaveAsync();
        await Task.WhenAll(added.Select(a => GrainFactory.GetGrain<IUserAliasGrain>(a.Key).CommitAsync(Sub)));
        await Task.WhenAll(dropped.Select(a => GrainFactory.GetGrain<IUserAliasGrain>(a).ReleaseAsync(Sub)));
        return Unit.Value;
    }
}
