using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Messaging;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Domain.Codes;
using Cluster.Domain.Errors;
using Cluster.Domain.Passwords;
using Cluster.Domain.Users;
using Cluster.Grains.UserPools;

namespace Cluster.Grains.Users;

/// <summary>SignUp and AdminCreateUser, confirmation and its codes.</summary>
public sealed partial class UserGrain
{
    public async Task<Result<SignUpOutcome>> CreateAsync(NewUser user)
    {
        if (Exists)
        {
            return new IdentityError(ErrorCodes.UsernameExists, "User already exists");
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null)
        {
            return IdentityError.NotFound($"User pool {PoolId} does not exist.");
        }

        var settings = context.Settings;
        var usernameError = UsernameRules.Check(user.Username) ?? UsernameRules.CheckForPool(user.Username, settings.UsernameAttributes, settings.AliasAttributes);
        if (usernameError is not null)
        {
            return IdentityError.From(usernameError);
        }

        var schema = settings.Schema.Select(a => a.ToDefinition()).ToList();
        var given = user.Attributes.Select(a => KeyValuePair.Create(a.Name, a.Value)).ToList();
        var writeAttributes = user.ClientId is not null && context.Clients.TryGetValue(user.ClientId, out var client) ? client.Settings.WriteAttributes : null;
        var attributeError = UserAttributeRules.CheckWrite(given, schema, user.ByAdmin ? AttributeWriter.Admin : AttributeWriter.User, creating: true, writeAttributes);
        if (attributeError is not null)
        {
            return IdentityError.From(attributeError);
        }

        var attributes = given.Where(a => a.Value.Length > 0).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var emailAsUsername = settings.UsernameAttributes.Count > 0;
        if (emailAsUsername)
        {
            // Email or phone is the sign-in name: it becomes the attribute, and the username is the sub.
            var kind = UsernameRules.LooksLikeEmail(user.Username) ? "email" : "phone_number";
            attributes[kind] = user.Username;
        }

        attributes["sub"] = Sub;
        var missing = UserAttributeRules.CheckRequired(attributes, schema) ?? UserAttributeRules.CheckVerifiedFlags(attributes);
        if (missing is not null)
        {
            return IdentityError.From(missing);
        }

        if (user.Imported && (!user.ByAdmin || user.Password is not null))
        {
            return IdentityError.InvalidParameter("An imported user is created by an administrator, without a password.");
        }

        var password = user.Imported ? null : user.ByAdmin ? user.Password ?? VerificationCodes.NewTemporaryPassword(PolicyOf(context)) : user.Password;
        if (password is null && !user.Imported)
        {
            return IdentityError.InvalidParameter("Password is required.");
        }

        var policyError = password is null ? null : PasswordPolicyValidator.Check(password, PolicyOf(context));
        if (policyError is not null)
        {
            return IdentityError.From(policyError);
        }

        if (!user.ByAdmin && BlockedAsBreached(context, user.ClientId, SignUpEvent, password!, out _))
        {
            return BreachedNewPassword;
        }

        // Case-insensitive pools store the username lower-cased, as Cognito does.
        var username = emailAsUsername ? Sub : settings.UsernameCaseSensitive ? user.Username : user.Username.ToLowerInvariant();
        var aliases = AliasKeysFor(context, username, attributes, includeUnverifiedUsernameAttributes: true);
        var reserved = await ReserveAsync(aliases);
        if (reserved is not null)
        {
            return reserved.Value.IsUsername
                ? new IdentityError(ErrorCodes.UsernameExists, user.ByAdmin ? "User account already exists" : "User already exists")
                : new IdentityError(ErrorCodes.AliasExists, "An account with the given email already exists.");
        }

        var now = time.GetUtcNow();
        state.State = new UserState
        {
            Username = username,
            Attributes = attributes,
            Status = user.Imported ? UserStatus.ResetRequired : user.ByAdmin ? UserStatus.ForceChangePassword : UserStatus.Unconfirmed,
            CreateDate = now,
            TemporaryPasswordExpiresAt = user.ByAdmin && !user.Imported ? now.AddDays(settings.PasswordPolicy.TemporaryPasswordValidityDays) : null,
            Aliases = aliases.Select(a => a.Key).ToList(),
        };
        if (password is not null)
        {
            SetPassword(password);
        }

        RecordAuthEvent("SignUp", passed: true);

        var delivery = user.ByAdmin ? null : DeliveryForSignUp(settings);
        var code = delivery is null ? null : IssueCode(SignUpCode, SignUpCodeLifetime);
        try
        {
            await SaveAsync();
        }
        catch
        {
            state.State = new UserState();
            await Task.WhenAll(aliases.Select(a => GrainFactory.GetGrain<IUserAliasGrain>(a.Key).ReleaseAsync(Sub)));
            throw;
        }

        await Task.WhenAll(aliases.Select(a => GrainFactory.GetGrain<IUserAliasGrain>(a.Key).CommitAsync(Sub)));
        if (delivery is not null)
        {
            await SendAsync(MessagePurposes.SignUp, delivery, settings.EmailVerificationSubject ?? "Your verification code", Template(settings.EmailVerificationMessage, "Your verification code is {####}.", code!));
        }
        else if (user.ByAdmin && !user.Imported && user.MessageAction != "SUPPRESS")
        {
            await SendInvitationAsync(settings, password!);
        }

        return new SignUpOutcome(state.State.Status == UserStatus.Confirmed, Sub, delivery);
    }

    public async Task<Result<UserView>> ResendInvitationAsync(string? temporaryPassword)
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        if (state.State.Status != UserStatus.ForceChangePassword)
        {
            return new IdentityError(ErrorCodes.UnsupportedUserState, $"Resend not possible. {state.State.Username} status is not FORCE_CHANGE_PASSWORD.");
        }

        var context = await pools.GetAsync(PoolId);
        if (context is null)
        {
            return UserNotFound;
        }

        var password = temporaryPassword ?? VerificationCodes.NewTemporaryPassword(PolicyOf(context));
        var policyError = PasswordPolicyValidator.Check(password, PolicyOf(context));
        if (policyError is not null)
        {
            return IdentityError.From(policyError);
        }

        SetPassword(password);
        state.State.TemporaryPasswordExpiresAt = time.GetUtcNow().AddDays(context.Settings.PasswordPolicy.TemporaryPasswordValidityDays);
        await SaveAsync();
        await SendInvitationAsync(context.Settings, password);
        return View();
    }

    public async Task<Result<Unit>> ConfirmSignUpAsync(string code)
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        if (state.State.Status != UserStatus.Unconfirmed)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, $"User cannot be confirmed. Current status is {state.State.Status}");
        }

        var error = await RedeemCodeAsync(SignUpCode, code);
        if (error is not null)
        {
            return error;
        }

        return await ConfirmAsync(verifyContact: true);
    }

    public async Task<Result<Unit>> AdminConfirmSignUpAsync()
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        if (state.State.Status != UserStatus.Unconfirmed)
        {
            return new IdentityError(ErrorCodes.NotAuthorized, $"User cannot be confirmed. Current status is {state.State.Status}");
        }

        state.State.Codes.Remove(SignUpCode);
        return await ConfirmAsync(verifyContact: false);
    }

    public async Task<Result<CodeDelivery>> ResendConfirmationCodeAsync()
    {
        if (!Exists)
        {
            return UserNotFound;
        }

        var context = await pools.GetAsync(PoolId);
        if (state.State.Status != UserStatus.Unconfirmed)
        {
            return IdentityError.InvalidParameter($"User is already confirmed.");
        }

        var delivery = context is null ? null : DeliveryForSignUp(context.Settings);
        if (delivery is null)
        {
            return IdentityError.InvalidParameter("Auto verification not turned on.");
        }

        var code = IssueCode(SignUpCode, SignUpCodeLifetime);
        await SaveAsync(directoryChanged: false);
        await SendAsync(MessagePurposes.ResendCode, delivery, context!.Settings.EmailVerificationSubject ?? "Your verification code", Template(context.Settings.EmailVerificationMessage, "Your verification code is {####}.", code));
        return delivery;
    }

    /// <summary>Confirms the account; a code sent to email or phone proves that contact, which may make it an alias.</summary>
    private async Task<Result<Unit>> ConfirmAsync(bool verifyContact)
    {
        var context = await pools.GetAsync(PoolId);
        state.State.Status = UserStatus.Confirmed;
        if (verifyContact && context is not null && DeliveryForSignUp(context.Settings) is { } delivery)
        {
            state.State.Attributes[$"{delivery.AttributeName}_verified"] = "true";
        }

        var newAliases = context is null
            ? []
            : AliasKeysFor(context, state.State.Username!, state.State.Attributes, includeUnverifiedUsernameAttributes: false)
                .Where(a => !state.State.Aliases.Contains(a.Key)).ToList();
        var taken = await ReserveAsync(newAliases);
        if (taken is not null)
        {
            return new IdentityError(ErrorCodes.AliasExists, "An account with the given email already exists.");
        }

        state.State.Aliases.AddRange(newAliases.Select(a => a.Key));
        await SaveAsync();
        await Task.WhenAll(newAliases.Select(a => GrainFactory.GetGrain<IUserAliasGrain>(a.Key).CommitAsync(Sub)));
        return Unit.Value;
    }

    /// <summary>Auto-verified email (preferred) or phone that the user has: where the sign-up code goes.</summary>
    private CodeDelivery? DeliveryForSignUp(UserPoolSettings settings)
    {
        var attribute = settings.AutoVerifiedAttributes.Contains("email") && RawDestination("email").Length > 0 ? "email"
            : settings.AutoVerifiedAttributes.Contains("phone_number") && RawDestination("phone_number").Length > 0 ? "phone_number"
            : null;
        return attribute is null ? null : DeliveryFor(attribute);
    }

    /// <summary>
    /// The alias grains this user should hold: the username always; email/phone when they are the sign-in name;
    /// alias attributes (and preferred_username) only once verified, as Cognito requires.
    /// </summary>
    private static List<AliasKey> AliasKeysFor(UserPoolContext context, string username, IReadOnlyDictionary<string, string> attributes, bool includeUnverifiedUsernameAttributes)
    {
        var settings = context.Settings;
        var caseSensitive = settings.UsernameCaseSensitive;
        var keys = new List<AliasKey> { new(AliasKinds.Key(context.PoolId, AliasKinds.Username, UsernameRules.Normalize(username, caseSensitive)), true) };
        foreach (var kind in new[] { AliasKinds.Email, AliasKinds.PhoneNumber, AliasKinds.PreferredUsername })
        {
            if (!attributes.TryGetValue(kind, out var value) || value.Length == 0)
            {
                continue;
            }

            var asUsername = settings.UsernameAttributes.Contains(kind) && includeUnverifiedUsernameAttributes;
            var verified = kind == AliasKinds.PreferredUsername || attributes.GetValueOrDefault($"{kind}_verified") == "true";
            if (asUsername || (settings.AliasAttributes.Contains(kind) && verified) || (settings.UsernameAttributes.Contains(kind) && verified))
            {
                keys.Add(new(AliasKinds.Key(context.PoolId, kind, UsernameRules.Normalize(value, caseSensitive: false)), asUsername));
            }
        }

        return keys;
    }

    /// <summary>Reserves every name or none: on a conflict the ones already taken are released again.</summary>
    private async Task<AliasKey?> ReserveAsync(IReadOnlyList<AliasKey> aliases)
    {
        var held = new List<AliasKey>();
        foreach (var alias in aliases)
        {
            if (!await GrainFactory.GetGrain<IUserAliasGrain>(alias.Key).ReserveAsync(Sub))
            {
                await Task.WhenAll(held.Select(h => GrainFactory.GetGrain<IUserAliasGrain>(h.Key).ReleaseAsync(Sub)));
                return alias;
            }

            held.Add(alias);
        }

        return null;
    }

    private async Task SendInvitationAsync(UserPoolSettings settings, string temporaryPassword)
    {
        if (DeliveryFor() is { } invite)
        {
            var body = Template(settings.InviteEmailMessage, "Your username is {username} and temporary password is {####}.", temporaryPassword)
                .Replace("{username}", state.State.Username, StringComparison.Ordinal);
            await SendAsync(MessagePurposes.AdminCreateUser, invite, settings.InviteEmailSubject ?? "Your temporary password", body);
        }
    }

    private static string Template(string? template, string fallback, string code) =>
        (template ?? fallback).Replace("{####}", code, StringComparison.Ordinal);

    private readonly record struct AliasKey(string Key, bool IsUsername);
}
