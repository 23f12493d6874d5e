using Cluster.Abstractions.Iam;
using Cluster.Domain.Iam;

namespace Cluster.Grains.Tests.Iam;

[Collection(ClusterCollection.Name)]
public sealed class RoleGrainTests(ClusterFixture fixture)
{
    private const string Trust =
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"cognito-identity.amazonaws.com"},"Action":"sts:AssumeRoleWithWebIdentity"}]}""";

    private const string OtherTrust =
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    private const string Permissions =
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";

    private static string NewName() => $"Role-{Guid.NewGuid():N}";

    private static NewRole Role(string name, string trust = Trust, string path = "/") => new(name, path, trust, null, 3600, []);

    private IRoleGrain Grain(string name) => fixture.Grains.GetGrain<IRoleGrain>(IamKeys.Role(name));

    [Fact]
    public async Task ConcurrentCreates_OfOneName_ExactlyOneWins()
    {
        var name = NewName();
        // Differently cased names land on the same grain: IAM role names are unique regardless of case.
        var attempts = Enumerable.Range(0, 12)
            .Select(i => Grain(name).CreateAsync(Role(i % 2 == 0 ? name : name.ToUpperInvariant())))
            .ToList();

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.IsSuccess);
        Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Equal(IamErrorCodes.EntityAlreadyExists, r.Error!.Code));
        var listed = await fixture.Grains.GetGrain<IRoleDirectoryGrain>(IamKeys.RoleDirectory).ListAsync(null, null, 1000);
        Assert.Single(listed.Value!.Items, r => IamKeys.Role(r.Name) == IamKeys.Role(name));
    }

    [Fact]
    public async Task Authorization_CarriesPolicies_AndItsVersionMovesWithEveryPolicyChange()
    {
        var name = NewName();
        var role = Grain(name);
        Assert.Null(await role.GetAuthorizationAsync());
        Assert.True((await role.CreateAsync(Role(name))).IsSuccess);
        var seen = new List<long> { (await role.GetAuthorizationAsync())!.Version };

        Assert.True((await role.PutPolicyAsync("read", Permissions)).IsSuccess);
        seen.Add((await role.GetAuthorizationAsync())!.Version);
        Assert.True((await role.UpdateAssumeRolePolicyAsync(OtherTrust)).IsSuccess);
        seen.Add((await role.GetAuthorizationAsync())!.Version);
        Assert.True((await role.PutPolicyAsync("read", Permissions.Replace("GetObject", "PutObject", StringComparison.Ordinal))).IsSuccess);
        seen.Add((await role.GetAuthorizationAsync())!.Version);
        Assert.True((await role.DeletePolicyAsync("read")).IsSuccess);
        seen.Add((await role.GetAuthorizationAsync())!.Version);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(seen.Order(), seen);

        // Tags are not policies: the version stays.
        var before = (await role.GetAuthorizationAsync())!.Version;
        Assert.True((await role.TagAsync([new IamTag("k", "v")])).IsSuccess);
        Assert.Equal(before, (await role.GetAuthorizationAsync())!.Version);

        var authorization = (await role.GetAuthorizationAsync())!;
        Assert.Equal(OtherTrust, authorization.AssumeRolePolicyDocument);
        Assert.Empty(authorization.PolicyDocuments);
        Assert.Equal($"arn:aws:iam::000000000000:role/{name}", authorization.Arn);
        Assert.StartsWith("AROA", authorization.RoleId, StringComparison.Ordinal);
        Assert.Equal(3600, authorization.MaxSessionDurationSeconds);
    }

    [Fact]
    public async Task DeletedAndRecreated_NeverReusesAVersion()
    {
        var name = NewName();
        var role = Grain(name);
        Assert.True((await role.CreateAsync(Role(name))).IsSuccess);
        var first = (await role.GetAuthorizationAsync())!;

        Assert.True((await role.DeleteAsync()).IsSuccess);
        Assert.Null(await role.GetAuthorizationAsync());
        Assert.True((await role.CreateAsync(Role(name, OtherTrust))).IsSuccess);
        var second = (await role.GetAuthorizationAsync())!;

        Assert.True(second.Version > first.Version);
        Assert.NotEqual(first.RoleId, second.RoleId);
    }

    [Fact]
    public async Task Delete_WithInlinePolicies_IsDeleteConflict()
    {
        var name = NewName();
        var role = Grain(name);
        Assert.True((await role.CreateAsync(Role(name))).IsSuccess);
        Assert.True((await role.PutPolicyAsync("p", Permissions)).IsSuccess);

        var refused = await role.DeleteAsync();

        Assert.Equal(IamErrorCodes.DeleteConflict, refused.Error?.Code);
        Assert.NotNull(await role.GetAuthorizationAsync());
    }

    [Fact]
    public async Task InlinePolicies_TogetherOverTheQuota_AreLimitExceeded()
    {
        var name = NewName();
        var role = Grain(name);
        Assert.True((await role.CreateAsync(Role(name))).IsSuccess);
        var resources = string.Join(',', Enumerable.Range(0, 200).Select(i => $"\"arn:aws:s3:::bucket-{i}/*\""));
        var large = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":[""" + resources + "]}]}";
        Assert.True(large.Length is > 5_200 and < 10_240, $"{large.Length}");

        Assert.True((await role.PutPolicyAsync("one", large)).IsSuccess);
        var second = await role.PutPolicyAsync("two", large);

        Assert.Equal(IamErrorCodes.LimitExceeded, second.Error?.Code);
        // Replacing a policy counts only the others against the quota.
        Assert.True((await role.PutPolicyAsync("one", large)).IsSuccess);
    }

    [Fact]
    public async Task Trust_AndPermissionPolicies_AreCheckedForWhatTheyMayName()
    {
        var name = NewName();
        var role = Grain(name);

        Assert.Equal(IamErrorCodes.MalformedPolicyDocument, (await role.CreateAsync(Role(name, Permissions))).Error?.Code);
        Assert.Null(await role.GetAuthorizationAsync());
        Assert.True((await role.CreateAsync(Role(name))).IsSuccess);
        Assert.Equal(IamErrorCodes.MalformedPolicyDocument, (await role.PutPolicyAsync("p", Trust)).Error?.Code);
        Assert.Equal(IamErrorCodes.MalformedPolicyDocument, (await role.UpdateAssumeRolePolicyAsync("{")).Error?.Code);
    }

    [Fact]
    public async Task Directory_FollowsTrustPolicyChanges_AndDeletes()
    {
        var name = NewName();
        var path = $"/{Guid.NewGuid():N}/";
        var role = Grain(name);
        var directory = fixture.Grains.GetGrain<IRoleDirectoryGrain>(IamKeys.RoleDirectory);
        Assert.True((await role.CreateAsync(Role(name, path: path))).IsSuccess);
        Assert.True((await role.UpdateAssumeRolePolicyAsync(OtherTrust)).IsSuccess);

        var listed = (await directory.ListAsync(path, null, null)).Value!;
        Assert.Equal(OtherTrust, Assert.Single(listed.Items).AssumeRolePolicyDocument);

        Assert.True((await role.DeleteAsync()).IsSuccess);
        Assert.Empty((await directory.ListAsync(path, null, null)).Value!.Items);
    }
}
