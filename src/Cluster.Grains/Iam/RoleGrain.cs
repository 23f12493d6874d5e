using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Abstractions.Iam;
using Cluster.Domain.Credentials;
using Cluster.Domain.Iam;
using Cluster.Domain.Policies;
using Microsoft.Extensions.Options;

namespace Cluster.Grains.Iam;

/// <summary>
/// One IAM role. Being one non-reentrant activation per name (in lower case), it serialises concurrent creates:
/// the first wins, the others see EntityAlreadyExists. It lists itself in the role directory before it writes
/// itself, and takes itself off again if that write fails.
/// </summary>
public sealed class RoleGrain(
    [PersistentState("role", StorageNames.Cluster)] IPersistentState<RoleState> state,
    IOptions<ServiceOptions> options,
    TimeProvider time) : Grain, IRoleGrain
{
    private RoleState Role => state.State;

    private IRoleDirectoryGrain Directory => GrainFactory.GetGrain<IRoleDirectoryGrain>(IamKeys.RoleDirectory);

    public Task<RoleAuthorization?> GetAuthorizationAsync() => Task.FromResult(
        Role.Exists
            ? new RoleAuthorization(Role.Arn, Role.RoleId, Role.AssumeRolePolicyDocument, [.. OrderedPolicies().Select(p => p.Value)], Role.MaxSessionDurationSeconds, Role.Version)
            : null);

    public async Task<Result<RoleView>> CreateAsync(NewRole role)
    {
        if (Role.Exists)
        {
            return new IdentityError(IamErrorCodes.EntityAlreadyExists, $"Role with name {role.Name} already exists.");
        }

        if (RolePolicyRules.CheckTrustPolicy(role.AssumeRolePolicyDocument) is { } violation)
        {
            return IdentityError.From(violation);
        }

        var (tags, tagViolation) = IamTags.Merge([], ToPairs(role.Tags));
        if (tagViolation is not null)
        {
            return IdentityError.From(tagViolation);
        }

        var created = new RoleState
        {
            Exists = true,
            Name = role.Name,
            Path = role.Path,
            RoleId = AccessKeys.NewRoleId(),
            Arn = IamArns.Role(options.Value.AccountId, role.Path, role.Name),
            CreateDate = time.GetUtcNow(),
            AssumeRolePolicyDocument = role.AssumeRolePolicyDocument,
            Description = role.Description,
            MaxSessionDurationSeconds = role.MaxSessionDurationSeconds,
            Tags = ToTags(tags),
            Version = Role.Version + 1,
        };

        var listed = await Directory.AddAsync(ListRow(created));
        if (!listed.IsSuccess)
        {
            return listed.Error!;
        }

        state.State = created;
        try
        {
            await SaveAsync();
        }
        catch
        {
            // The role never came to exist: take it off the list again so nothing is half-written.
            await Directory.RemoveAsync(created.Name);
            throw;
        }

        return View(Role);
    }

    public Task<Result<RoleView>> GetAsync() =>
        Task.FromResult(Role.Exists ? View(Role) : Result<RoleView>.Fail(NoSuchRole()));

    public async Task<Result<Unit>> DeleteAsync()
    {
        if (!Role.Exists)
        {
            return NoSuchRole();
        }

        if (Role.InlinePolicies.Count > 0)
        {
            return new IdentityError(IamErrorCodes.DeleteConflict, "Cannot delete entity, must delete policies first.");
        }

        // Only the version stays, so the next role of this name starts above it.
        state.State = new RoleState { Version = Role.Version + 1 };
        await SaveAsync();
        await Directory.RemoveAsync(IamKeys.Role(this.GetPrimaryKeyString()));
        return Unit.Value;
    }

    public async Task<Result<Unit>> UpdateAssumeRolePolicyAsync(string policyDocument)
    {
        if (!Role.Exists)
        {
            return NoSuchRole();
        }

        if (RolePolicyRules.CheckTrustPolicy(policyDocument) is { } violation)
        {
            return IdentityError.From(violation);
        }

        Role.AssumeRolePolicyDocument = policyDocument;
        Role.Version++;
        await SaveAsync();
        await Directory.UpdateAsync(ListRow(Role));
        return Unit.Value;
    }

    public async Task<Result<Unit>> PutPolicyAsync(string policyName, string policyDocument)
    {
        if (!Role.Exists)
        {
            return NoSuchRole();
        }

        var others = Role.InlinePolicies.Where(p => p.Key != policyName).Sum(p => PolicyDocument.MeasureSize(p.Value));
        if (RolePolicyRules.CheckPermissionPolicy(Role.Name, policyDocument, others) is { } violation)
        {
            return IdentityError.From(violation);
        }

        Role.InlinePolicies[policyName] = policyDocument;
        Role.Version++;
        await SaveAsync();
        return Unit.Value;
    }

    public Task<Result<RolePolicy>> GetPolicyAsync(string policyName)
    {
        if (!Role.Exists)
        {
            return Task.FromResult(Result<RolePolicy>.Fail(NoSuchRole()));
        }

        return Task.FromResult(Role.InlinePolicies.TryGetValue(policyName, out var document)
            ? Result<RolePolicy>.Ok(new RolePolicy(Role.Name, policyName, document))
            : Result<RolePolicy>.Fail(NoSuchPolicy(policyName)));
    }

    public async Task<Result<Unit>> DeletePolicyAsync(string policyName)
    {
        if (!Role.Exists)
        {
            return NoSuchRole();
        }

        if (!Role.InlinePolicies.Remove(policyName))
        {
            return NoSuchPolicy(policyName);
        }

        Role.Version++;
        await SaveAsync();
        return Unit.Value;
    }

    public Task<Result<IamPage<string>>> ListPoliciesAsync(string? marker, int? maxItems)
    {
        if (!Role.Exists)
        {
            return Task.FromResult(Result<IamPage<string>>.Fail(NoSuchRole()));
        }

        var (names, next, violation) = IamPaging.Page(Role.InlinePolicies.Keys, name => name, marker, maxItems);
        return Task.FromResult(violation is null
            ? Result<IamPage<string>>.Ok(new IamPage<string>(names, next))
            : Result<IamPage<string>>.Fail(IdentityError.From(violation)));
    }

    public async Task<Result<Unit>> TagAsync(IReadOnlyList<IamTag> tags)
    {
        if (!Role.Exists)
        {
            return NoSuchRole();
        }

        var (merged, violation) = IamTags.Merge(ToPairs(Role.Tags), ToPairs(tags));
        if (violation is not null)
        {
            return IdentityError.From(violation);
        }

        Role.Tags = ToTags(merged);
        await SaveAsync();
        return Unit.Value;
    }

    public async Task<Result<Unit>> UntagAsync(IReadOnlyList<string> tagKeys)
    {
        if (!Role.Exists)
        {
            return NoSuchRole();
        }

        Role.Tags = ToTags(IamTags.Remove(ToPairs(Role.Tags), tagKeys));
        await SaveAsync();
        return Unit.Value;
    }

    public Task<Result<IamPage<IamTag>>> ListTagsAsync(string? marker, int? maxItems)
    {
        if (!Role.Exists)
        {
            return Task.FromResult(Result<IamPage<IamTag>>.Fail(NoSuchRole()));
        }

        var (tags, next, violation) = IamPaging.Page(Role.Tags, tag => tag.Key, marker, maxItems);
        return Task.FromResult(violation is null
            ? Result<IamPage<IamTag>>.Ok(new IamPage<IamTag>(tags, next))
            : Result<IamPage<IamTag>>.Fail(IdentityError.From(violation)));
    }

    /// <summary>Writes the state; if the write fails, the in-memory copy is reloaded so nothing half-applied stays.</summary>
    private async Task SaveAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
    }

    private IEnumerable<KeyValuePair<string, string>> OrderedPolicies() => Role.InlinePolicies.OrderBy(p => p.Key, StringComparer.Ordinal);

    private IdentityError NoSuchRole() =>
        new(IamErrorCodes.NoSuchEntity, $"The role with name {this.GetPrimaryKeyString()} cannot be found.");

    private IdentityError NoSuchPolicy(string policyName) =>
        new(IamErrorCodes.NoSuchEntity, $"The role policy with name {policyName} cannot be found.");

    private static RoleView View(RoleState role) => new(
        role.Name, role.Path, role.RoleId, role.Arn, role.CreateDate, role.AssumeRolePolicyDocument, role.Description, role.MaxSessionDurationSeconds, [.. role.Tags]);

    /// <summary>ListRoles shows no tags, so the directory keeps none.</summary>
    private static RoleView ListRow(RoleState role) => View(role) with { Tags = [] };

    private static List<KeyValuePair<string, string>> ToPairs(IEnumerable<IamTag> tags) => [.. tags.Select(t => KeyValuePair.Create(t.Key, t.Value))];

    private static List<IamTag> ToTags(IEnumerable<KeyValuePair<string, string>> pairs) => [.. pairs.Select(p => new IamTag(p.Key, p.Value))];
}
