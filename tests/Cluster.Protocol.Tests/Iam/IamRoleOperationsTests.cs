using System.Net;

namespace Cluster.Protocol.Tests.Iam;

/// <summary>IAM role operations over the Query protocol: wire shapes and every error path.</summary>
[Collection(SiloCollection.Name)]
public sealed class IamRoleOperationsTests(SiloFactory silo)
{
    private QueryClient Iam => new(silo.CreateDefaultClient(), "iam");

    private async Task<string> CreateRoleAsync(string? path = null, params (string, string)[] extra)
    {
        var name = IamSamples.UniqueName("role");
        (string, string)[] parameters = [("RoleName", name), ("AssumeRolePolicyDocument", IamSamples.TrustPolicy), .. extra];
        if (path is not null)
        {
            parameters = [.. parameters, ("Path", path)];
        }

        (await Iam.IamAsync("CreateRole", parameters)).AssertOk("CreateRole");
        return name;
    }

    [Fact]
    public async Task CreateRole_ThenGetRole_HasIamsShape()
    {
        var name = IamSamples.UniqueName("shape");
        var created = await Iam.IamAsync(
            "CreateRole",
            ("RoleName", name),
            ("Path", "/app/"),
            ("AssumeRolePolicyDocument", IamSamples.TrustPolicy),
            ("Description", "for tests"),
            ("MaxSessionDuration", "7200"),
            ("Tags.member.1.Key", "team"),
            ("Tags.member.1.Value", "identity"));

        created.AssertOk("CreateRole");
        var role = created.Find("CreateRoleResult")!.Elements().Single();
        Assert.Equal("Role", role.Name.LocalName);
        Assert.Equal(name, created.Value("RoleName"));
        Assert.Equal("/app/", created.Value("Path"));
        Assert.Equal($"arn:aws:iam::000000000000:role/app/{name}", created.Value("Arn"));
        Assert.Matches("^AROA[A-Z2-7]{17}$", created.Value("RoleId"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", created.Value("CreateDate"));
        // IAM returns policy documents URL-encoded (RFC 3986).
        Assert.Equal(Uri.EscapeDataString(IamSamples.TrustPolicy), created.Value("AssumeRolePolicyDocument"));
        Assert.Equal("7200", created.Value("MaxSessionDuration"));
        Assert.Equal("identity", created.Find("Tags")!.Elements().Single().Elements().Single(e => e.Name.LocalName == "Value").Value);

        var fetched = await Iam.IamAsync("GetRole", ("RoleName", name.ToUpperInvariant()));
        fetched.AssertOk("GetRole");
        Assert.Equal(created.Value("RoleId"), fetched.Value("RoleId"));
        Assert.Equal(name, fetched.Value("RoleName"));
        Assert.Equal("for tests", fetched.Value("Description"));
        Assert.Equal(Uri.EscapeDataString(IamSamples.TrustPolicy), fetched.Value("AssumeRolePolicyDocument"));
    }

    [Fact]
    public async Task CreateRole_WithoutMaxSessionDuration_DefaultsToOneHour()
    {
        var name = await CreateRoleAsync();

        var role = await Iam.IamAsync("GetRole", ("RoleName", name));

        Assert.Equal("3600", role.AssertOk("GetRole").Value("MaxSessionDuration"));
        Assert.Equal("/", role.Value("Path"));
        Assert.Null(role.Find("Tags"));
    }

    [Fact]
    public async Task CreateRole_WithAPermissionsBoundary_IsRefused_AndCreatesNothing()
    {
        var name = $"Bounded{Guid.NewGuid():N}";

        var reply = await Iam.IamAsync(
            "CreateRole",
            ("RoleName", name),
            ("AssumeRolePolicyDocument", IamSamples.TrustPolicy),
            ("PermissionsBoundary", "arn:aws:iam::000000000000:policy/boundary"));

        reply.AssertError(HttpStatusCode.BadRequest, "InvalidInput");
        (await Iam.IamAsync("GetRole", ("RoleName", name))).AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
    }

    [Fact]
    public async Task CreateRole_SameNameInAnotherCase_IsEntityAlreadyExists()
    {
        var name = await CreateRoleAsync();

        var reply = await Iam.IamAsync("CreateRole", ("RoleName", name.ToUpperInvariant()), ("AssumeRolePolicyDocument", IamSamples.TrustPolicy));

        reply.AssertError(HttpStatusCode.Conflict, "EntityAlreadyExists");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Maybe","Principal":"*","Action":"sts:AssumeRole"}]}""")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole"}]}""")]
    [InlineData("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole","Resource":"*"}]}""")]
    public async Task CreateRole_BadTrustPolicy_IsMalformedPolicyDocument(string document)
    {
        var name = IamSamples.UniqueName("bad");

        var reply = await Iam.IamAsync("CreateRole", ("RoleName", name), ("AssumeRolePolicyDocument", document));

        reply.AssertError(HttpStatusCode.BadRequest, "MalformedPolicyDocument");
        (await Iam.IamAsync("GetRole", ("RoleName", name))).AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
    }

    [Fact]
    public async Task CreateRole_TrustPolicyOverQuota_IsLimitExceeded()
    {
        var conditions = string.Join(',', Enumerable.Range(0, 300).Select(i => $"\"sub{i}\""));
        var document = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"cognito-identity.amazonaws.com"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"cognito-identity.amazonaws.com:sub":["""
            + conditions + "]}}}]}";

        var reply = await Iam.IamAsync("CreateRole", ("RoleName", IamSamples.UniqueName("big")), ("AssumeRolePolicyDocument", document));

        reply.AssertError(HttpStatusCode.Conflict, "LimitExceeded");
    }

    [Theory]
    [InlineData("RoleName", "has spaces", "roleName")]
    [InlineData("MaxSessionDuration", "100", "maxSessionDuration")]
    [InlineData("MaxSessionDuration", "43201", "maxSessionDuration")]
    [InlineData("MaxSessionDuration", "soon", "maxSessionDuration")]
    [InlineData("Path", "no-slashes", "path")]
    public async Task CreateRole_ModelConstraintBroken_IsValidationError(string member, string value, string wireName)
    {
        var parameters = new Dictionary<string, string>
        {
            ["RoleName"] = IamSamples.UniqueName("valid"),
            ["AssumeRolePolicyDocument"] = IamSamples.TrustPolicy,
            [member] = value,
        };

        var reply = await Iam.IamAsync("CreateRole", [.. parameters.Select(p => (p.Key, p.Value))]);

        reply.AssertError(HttpStatusCode.BadRequest, "ValidationError");
        Assert.Contains(wireName, reply.Value("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRole_RoleNameTooLong_IsValidationError()
    {
        var reply = await Iam.IamAsync("CreateRole", ("RoleName", new string('r', 65)), ("AssumeRolePolicyDocument", IamSamples.TrustPolicy));

        reply.AssertError(HttpStatusCode.BadRequest, "ValidationError");
        Assert.Contains("Member must have length less than or equal to 64", reply.Value("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRole_MissingRequiredMember_IsValidationError()
    {
        var reply = await Iam.IamAsync("CreateRole", ("RoleName", IamSamples.UniqueName("half")));

        reply.AssertError(HttpStatusCode.BadRequest, "ValidationError");
        Assert.Contains("Value null at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must not be null", reply.Value("Message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetRole_Unknown_IsNoSuchEntity()
    {
        var reply = await Iam.IamAsync("GetRole", ("RoleName", IamSamples.UniqueName("ghost")));

        reply.AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
    }

    [Fact]
    public async Task InlinePolicies_PutGetListDelete_AndDeleteRoleConflictsWhileAnyRemain()
    {
        var name = await CreateRoleAsync();
        (await Iam.IamAsync("PutRolePolicy", ("RoleName", name), ("PolicyName", "read"), ("PolicyDocument", IamSamples.PermissionPolicy))).AssertOk("PutRolePolicy");

        var policy = await Iam.IamAsync("GetRolePolicy", ("RoleName", name), ("PolicyName", "read"));
        policy.AssertOk("GetRolePolicy");
        Assert.Equal(Uri.EscapeDataString(IamSamples.PermissionPolicy), policy.Value("PolicyDocument"));
        Assert.Equal(name, policy.Value("RoleName"));
        Assert.Equal("read", policy.Value("PolicyName"));

        var names = await Iam.IamAsync("ListRolePolicies", ("RoleName", name));
        Assert.Equal(["read"], names.AssertOk("ListRolePolicies").Find("PolicyNames")!.Elements().Select(e => e.Value));
        Assert.Equal("false", names.Value("IsTruncated"));

        (await Iam.IamAsync("DeleteRole", ("RoleName", name))).AssertError(HttpStatusCode.Conflict, "DeleteConflict");

        (await Iam.IamAsync("DeleteRolePolicy", ("RoleName", name), ("PolicyName", "read"))).AssertOk("DeleteRolePolicy");
        (await Iam.IamAsync("GetRolePolicy", ("RoleName", name), ("PolicyName", "read"))).AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
        var deleted = await Iam.IamAsync("DeleteRole", ("RoleName", name));
        deleted.AssertOk("DeleteRole");
        Assert.Null(deleted.Find("DeleteRoleResult"));
        (await Iam.IamAsync("GetRole", ("RoleName", name))).AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
    }

    [Fact]
    public async Task PutRolePolicy_WithPrincipal_IsMalformedPolicyDocument()
    {
        var name = await CreateRoleAsync();

        var reply = await Iam.IamAsync("PutRolePolicy", ("RoleName", name), ("PolicyName", "p"), ("PolicyDocument", IamSamples.TrustPolicy));

        reply.AssertError(HttpStatusCode.BadRequest, "MalformedPolicyDocument");
    }

    [Fact]
    public async Task PutRolePolicy_UnknownRole_IsNoSuchEntity()
    {
        var reply = await Iam.IamAsync("PutRolePolicy", ("RoleName", IamSamples.UniqueName("ghost")), ("PolicyName", "p"), ("PolicyDocument", IamSamples.PermissionPolicy));

        reply.AssertError(HttpStatusCode.NotFound, "NoSuchEntity");
    }

    [Fact]
    public async Task UpdateAssumeRolePolicy_ReplacesTheTrustPolicy_AndRejectsBadOnes()
    {
        var name = await CreateRoleAsync();
        const string updated = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

        (await Iam.IamAsync("UpdateAssumeRolePolicy", ("RoleName", name), ("PolicyDocument", updated))).AssertOk("UpdateAssumeRolePolicy");
        (await Iam.IamAsync("UpdateAssumeRolePolicy", ("RoleName", name), ("PolicyDocument", "[]"))).AssertError(HttpStatusCode.BadRequest, "MalformedPolicyDocument");
        (await Iam.IamAsync("UpdateAssumeRolePolicy", ("RoleName", IamSamples.UniqueName("ghost")), ("PolicyDocument", updated))).AssertError(HttpStatusCode.NotFound, "NoSuchEntity");

        var role = await Iam.IamAsync("GetRole", ("RoleName", name));
        Assert.Equal(Uri.EscapeDataString(updated), role.AssertOk("GetRole").Value("AssumeRolePolicyDocument"));
    }

    [Fact]
    public async Task ListRoles_PagesWithMarker_WithinAPathPrefix()
    {
        var path = $"/{Guid.NewGuid():N}/";
        var names = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            names.Add(await CreateRoleAsync(path));
        }

        var first = await Iam.IamAsync("ListRoles", ("PathPrefix", path), ("MaxItems", "2"));
        first.AssertOk("ListRoles");
        Assert.Equal("true", first.Value("IsTruncated"));
        var marker = first.Value("Marker")!;
        var second = await Iam.IamAsync("ListRoles", ("PathPrefix", path), ("MaxItems", "2"), ("Marker", marker));
        second.AssertOk("ListRoles");
        Assert.Equal("false", second.Value("IsTruncated"));
        Assert.Null(second.Find("Marker"));

        var listed = first.Find("Roles")!.Elements().Concat(second.Find("Roles")!.Elements())
            .Select(r => r.Elements().Single(e => e.Name.LocalName == "RoleName").Value)
            .ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), listed);
        Assert.All(first.Find("Roles")!.Elements(), r => Assert.Equal("member", r.Name.LocalName));
    }

    [Fact]
    public async Task ListRoles_BadMarker_IsInvalidInput()
    {
        var reply = await Iam.IamAsync("ListRoles", ("Marker", "!!!"));

        reply.AssertError(HttpStatusCode.BadRequest, "InvalidInput");
    }

    [Fact]
    public async Task Tags_TagListUntag()
    {
        var name = await CreateRoleAsync(null, ("Tags.member.1.Key", "a"), ("Tags.member.1.Value", "1"));

        (await Iam.IamAsync("TagRole", ("RoleName", name), ("Tags.member.1.Key", "b"), ("Tags.member.1.Value", "2"), ("Tags.member.2.Key", "A"), ("Tags.member.2.Value", "3"))).AssertOk("TagRole");
        (await Iam.IamAsync("UntagRole", ("RoleName", name), ("TagKeys.member.1", "b"))).AssertOk("UntagRole");

        var tags = await Iam.IamAsync("ListRoleTags", ("RoleName", name));
        tags.AssertOk("ListRoleTags");
        var pairs = tags.Find("Tags")!.Elements().Select(t => $"{t.Elements().First(e => e.Name.LocalName == "Key").Value}={t.Elements().First(e => e.Name.LocalName == "Value").Value}");
        Assert.Equal(["A=3"], pairs);
    }

    [Fact]
    public async Task TagRole_DuplicateKeys_IsInvalidInput()
    {
        var name = await CreateRoleAsync();

        var reply = await Iam.IamAsync("TagRole", ("RoleName", name), ("Tags.member.1.Key", "k"), ("Tags.member.1.Value", "1"), ("Tags.member.2.Key", "K"), ("Tags.member.2.Value", "2"));

        reply.AssertError(HttpStatusCode.BadRequest, "InvalidInput");
    }
}
