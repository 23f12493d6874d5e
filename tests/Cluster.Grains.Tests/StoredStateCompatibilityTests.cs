using Cluster.Abstractions.Iam;
using Cluster.Abstractions.IdentityPools;
using Cluster.Abstractions.UserPools;
using Cluster.Abstractions.Users;
using Cluster.Grains.Iam;
using Cluster.Grains.IdentityPools;
using Cluster.Grains.UserPools;
using Cluster.Grains.Users;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Serialization;
using Orleans.Storage;

namespace Cluster.Grains.Tests;

/// <summary>
/// Rolling-upgrade safety: grain state written by an earlier build must be read by this one. Each persisted state
/// type has a fixture in <c>Fixtures/{Type}.bin</c>, bytes written by <see cref="OrleansGrainStorageSerializer"/>
/// (the storage's serializer) from the sample below, and checked in. A fixture is the shape some earlier build
/// wrote: it is never rewritten to make this test pass. <c>REGENERATE_STATE_FIXTURES=1</c> writes only the fixtures
/// that are missing (a new state type); <c>REGENERATE_STATE_FIXTURES=overwrite</c> rewrites all, for a deliberate,
/// reviewed change of format. Fields may be added to the state types (new <c>[Id]</c> numbers), never renumbered.
/// </summary>
public sealed class StoredStateCompatibilityTests
{
    private const string RegenerateVariable = "REGENERATE_STATE_FIXTURES";

    private static readonly DateTimeOffset Created = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly DateTimeOffset Modified = new(2026, 2, 3, 4, 5, 6, TimeSpan.Zero);

    private static readonly Lazy<IGrainStorageSerializer> Serializer = new(() =>
    {
        var services = new ServiceCollection()
            .AddSerializer(b => b.AddAssembly(typeof(UserState).Assembly).AddAssembly(typeof(UserPoolSettings).Assembly))
            .BuildServiceProvider();
        return new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
    });

    public static TheoryData<string> StateTypes => [.. Samples.Keys];

    /// <summary>One sample per persisted state type, every member of interest set to something recognisable.</summary>
    private static Dictionary<string, Func<object>> Samples => new(StringComparer.Ordinal)
    {
        [nameof(UserPoolState)] = () => new UserPoolState
        {
            Settings = new UserPoolSettings
            {
                Name = "fixture-pool",
                PasswordPolicy = new PasswordPolicySettings { MinimumLength = 12, RequireSymbols = false, TemporaryPasswordValidityDays = 3 },
                MfaConfiguration = "OPTIONAL",
                AutoVerifiedAttributes = ["email"],
                AliasAttributes = ["email", "preferred_username"],
                Schema = [new SchemaAttribute { Name = "custom:tier", MaxLength = "16" }],
                Tags = new Dictionary<string, string> { ["team"] = "identity" },
                AccountRecovery = [new RecoveryOption("verified_email", 1)],
                StoredOnly = new Dictionary<string, string> { ["LambdaConfig"] = "{}" },
            },
            CreationDate = Created,
            LastModifiedDate = Modified,
            Version = 7,
            Clients = new Dictionary<string, AppClient>(StringComparer.Ordinal)
            {
                ["fixtureclient"] = new AppClient(
                    "fixtureclient",
                    new AppClientSettings { ClientName = "web", ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH"], RefreshTokenRotation = true, AccessTokenValidity = 30 },
                    [new AppClientSecret("secret-1", [1, 2, 3], Created)],
                    Created,
                    Modified),
            },
            Groups = new Dictionary<string, GroupSettings>(StringComparer.Ordinal)
            {
                ["admins"] = new GroupSettings("admins", "the admins", "arn:aws:iam::000000000000:role/admins", 1, Created, Modified),
            },
            SigningKeys = [new SigningKeyRecord("kid-1", "RS256", [9, 8, 7], Created, null), new SigningKeyRecord("kid-0", "RS256", [6, 5], Created.AddDays(-90), Created)],
        },
        [nameof(UserPoolCatalogState)] = () => new UserPoolCatalogState
        {
            Pools = new Dictionary<string, UserPoolSummary>(StringComparer.Ordinal)
            {
                ["us-east-1_Fixture01"] = new UserPoolSummary("us-east-1_Fixture01", "fixture-pool", Created, Modified),
            },
        },
        [nameof(AppClientRegistryState)] = () => new AppClientRegistryState { PoolId = "us-east-1_Fixture01" },
        [nameof(UserState)] = () => new UserState
        {
            Username = "fixture-user",
            Attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["sub"] = "0f8fad5b-d9cb-469f-a165-70867728950e", ["email"] = "fixture@example.com" },
            Status = UserStatus.Confirmed,
            Enabled = true,
            PasswordHash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
            CreateDate = Created,
            LastModifiedDate = Modified,
            Codes = new Dictionary<string, PendingCode>(StringComparer.Ordinal) { ["signup"] = new PendingCode { Salt = [1], Hash = [2], ExpiresAt = Modified, Attempts = 1 } },
            Families = new Dictionary<string, RefreshFamily>(StringComparer.Ordinal)
            {
                ["family-1"] = new RefreshFamily { ClientId = "fixtureclient", AuthTime = Created, ExpiresAt = Modified, RetainUntil = Modified, Generation = 2 },
            },
            Groups = ["admins"],
            TokensValidAfter = 1_767_000_000,
            Aliases = ["us-east-1_Fixture01/username/fixture-user"],
            FailedSignIns = 2,
            LockedUntil = Modified,
            SealedSrpVerifier = [4, 4, 4],
            EnabledMfa = ["SOFTWARE_TOKEN_MFA"],
            PreferredMfa = "SOFTWARE_TOKEN_MFA",
        },
        [nameof(UserAliasState)] = () => new UserAliasState { Sub = "0f8fad5b-d9cb-469f-a165-70867728950e", Committed = true, ReservedAt = Created },
        [nameof(UserDirectoryState)] = () => new UserDirectoryState
        {
            Users = new Dictionary<string, DirectoryEntry>(StringComparer.Ordinal)
            {
                ["fixture-user"] = new DirectoryEntry(
                    new UserView("fixture-user", "0f8fad5b-d9cb-469f-a165-70867728950e", [new UserAttribute("email", "fixture@example.com")], Created, Modified, true, UserStatus.Confirmed),
                    ["admins"]),
            },
        },
        [nameof(RoleState)] = () => new RoleState
        {
            Exists = true,
            Name = "FixtureRole",
            Path = "/app/",
            RoleId = "AROAFIXTUREFIXTURE234",
            Arn = "arn:aws:iam::000000000000:role/app/FixtureRole",
            CreateDate = Created,
            AssumeRolePolicyDocument = "{\"Statement\":[]}",
            Description = "fixture role",
            MaxSessionDurationSeconds = 7200,
            InlinePolicies = new Dictionary<string, string>(StringComparer.Ordinal) { ["read"] = "{\"Statement\":[1]}" },
            Tags = [new IamTag("team", "identity")],
            Version = 5,
        },
        [nameof(RoleDirectoryState)] = () => new RoleDirectoryState
        {
            Roles = new Dictionary<string, RoleView>(StringComparer.Ordinal)
            {
                ["fixturerole"] = new RoleView("FixtureRole", "/app/", "AROAFIXTUREFIXTURE234", "arn:aws:iam::000000000000:role/app/FixtureRole", Created, "{}", null, 3600, []),
            },
        },
        [nameof(IamProviderDirectoryState)] = () => new IamProviderDirectoryState
        {
            Providers = new Dictionary<string, IamProviderEntry>(StringComparer.Ordinal)
            {
                ["arn:aws:iam::000000000000:saml-provider/fixture"] = new IamProviderEntry("arn:aws:iam::000000000000:saml-provider/fixture", Created, Modified),
            },
        },
        [nameof(OidcProviderState)] = () => new OidcProviderState
        {
            Provider = new OidcProviderRecord("arn:aws:iam::000000000000:oidc-provider/idp.example.com", "idp.example.com", ["app-1"], ["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"], Created),
            Tags = [new IamTag("env", "test")],
        },
        [nameof(SamlProviderState)] = () => new SamlProviderState
        {
            Provider = new SamlProviderRecord("arn:aws:iam::000000000000:saml-provider/fixture", "fixture", "<md:EntityDescriptor/>", Created, Modified),
        },
        [nameof(IdentityPoolState)] = () => new IdentityPoolState
        {
            Settings = new IdentityPoolSettings
            {
                Name = "fixture_pool",
                AllowUnauthenticatedIdentities = true,
                AllowClassicFlow = true,
                SupportedLoginProviders = new Dictionary<string, string> { ["accounts.google.com"] = "app-1" },
                DeveloperProviderName = "login.fixture",
                OpenIdConnectProviderArns = ["arn:aws:iam::000000000000:oidc-provider/idp.example.com"],
                CognitoIdentityProviders = [new CognitoProviderLink("cognito-idp.us-east-1.amazonaws.com/us-east-1_Fixture01", "client-1", true)],
                SamlProviderArns = ["arn:aws:iam::000000000000:saml-provider/fixture"],
                Tags = new Dictionary<string, string> { ["env"] = "test" },
            },
            Roles = new IdentityPoolRoles(
                new Dictionary<string, string> { ["authenticated"] = "arn:aws:iam::000000000000:role/auth" },
                new Dictionary<string, RoleMappingSettings>
                {
                    ["accounts.google.com"] = new("Rules", "Deny", [new MappingRuleSettings("hd", "Equals", "example.com", "arn:aws:iam::000000000000:role/staff")]),
                }),
            PrincipalTagMaps = new(StringComparer.Ordinal) { ["accounts.google.com"] = new PrincipalTagMapping(false, new Dictionary<string, string> { ["team"] = "hd" }) },
            Version = 4,
            CreatedAt = Created,
        },
        [nameof(IdentityPoolCatalogState)] = () => new IdentityPoolCatalogState
        {
            Pools = new(StringComparer.Ordinal) { [FixtureIdentityPool] = new IdentityPoolSummary(FixtureIdentityPool, "fixture_pool") },
        },
        [nameof(IdentityState)] = () => new IdentityState
        {
            IdentityPoolId = FixtureIdentityPool,
            Logins = [new LinkedLogin("accounts.google.com", "google-sub-1")],
            CreatedAt = Created,
            ModifiedAt = Modified,
            MergedInto = "us-east-1:22222222-2222-2222-2222-222222222222",
        },
        [nameof(IdentityLoginState)] = () => new IdentityLoginState { IdentityId = FixtureIdentity },
        [nameof(IdentityDirectoryState)] = () => new IdentityDirectoryState
        {
            Identities = new(StringComparer.Ordinal)
            {
                [FixtureIdentity] = new IdentityView(FixtureIdentity, FixtureIdentityPool, [new LinkedLogin("login.fixture", "dev-1")], Created, Modified),
            },
        },
        [nameof(IdentityTokenKeyState)] = () => new IdentityTokenKeyState
        {
            Keys = [new SigningKeyRecord("kid-1", "RS256", [1, 2, 3], Created, Modified)],
        },
    };

    private const string FixtureIdentityPool = "us-east-1:11111111-1111-1111-1111-111111111111";
    private const string FixtureIdentity = "us-east-1:33333333-3333-3333-3333-333333333333";

    [Theory]
    [MemberData(nameof(StateTypes))]
    public void StoredState_WrittenByEarlierBuild_ReadsWithItsKeyFields(string type)
    {
        var path = FixturePath(type);
        var regenerate = Environment.GetEnvironmentVariable(RegenerateVariable);
        if (regenerate == "overwrite" || (regenerate == "1" && !File.Exists(path)))
        {
            File.WriteAllBytes(path, Serializer.Value.Serialize(Samples[type]()).ToArray());
        }

        Assert.True(File.Exists(path), $"No fixture {path}: run this test once with {RegenerateVariable}=1 and check the file in.");
        var bytes = BinaryData.FromBytes(File.ReadAllBytes(path));
        switch (type)
        {
            case nameof(UserPoolState):
                AssertPool(Read<UserPoolState>(bytes));
                break;
            case nameof(UserPoolCatalogState):
                var catalog = Read<UserPoolCatalogState>(bytes);
                Assert.Equal(new UserPoolSummary("us-east-1_Fixture01", "fixture-pool", Created, Modified), Assert.Single(catalog.Pools).Value);
                break;
            case nameof(AppClientRegistryState):
                Assert.Equal("us-east-1_Fixture01", Read<AppClientRegistryState>(bytes).PoolId);
                break;
            case nameof(UserState):
                AssertUser(Read<UserState>(bytes));
                break;
            case nameof(UserAliasState):
                var alias = Read<UserAliasState>(bytes);
                Assert.Equal(("0f8fad5b-d9cb-469f-a165-70867728950e", true, Created), (alias.Sub, alias.Committed, alias.ReservedAt));
                break;
            case nameof(UserDirectoryState):
                var entry = Assert.Single(Read<UserDirectoryState>(bytes).Users);
                Assert.Equal("fixture-user", entry.Key);
                Assert.Equal(("0f8fad5b-d9cb-469f-a165-70867728950e", UserStatus.Confirmed, Created), (entry.Value.User.Sub, entry.Value.User.Status, entry.Value.User.CreateDate));
                Assert.Equal("fixture@example.com", Assert.Single(entry.Value.User.Attributes).Value);
                Assert.Equal(["admins"], entry.Value.Groups);
                break;
            case nameof(RoleState):
                var role = Read<RoleState>(bytes);
                Assert.Equal((true, "FixtureRole", "/app/", "AROAFIXTUREFIXTURE234", Created), (role.Exists, role.Name, role.Path, role.RoleId, role.CreateDate));
                Assert.Equal(("arn:aws:iam::000000000000:role/app/FixtureRole", "fixture role", 7200, 5L), (role.Arn, role.Description, role.MaxSessionDurationSeconds, role.Version));
                Assert.Equal("{\"Statement\":[]}", role.AssumeRolePolicyDocument);
                Assert.Equal("{\"Statement\":[1]}", role.InlinePolicies["read"]);
                Assert.Equal(new IamTag("team", "identity"), Assert.Single(role.Tags));
                break;
            case nameof(RoleDirectoryState):
                var row = Assert.Single(Read<RoleDirectoryState>(bytes).Roles);
                Assert.Equal(("fixturerole", "FixtureRole", 3600, Created), (row.Key, row.Value.Name, row.Value.MaxSessionDurationSeconds, row.Value.CreateDate));
                break;
            case nameof(IamProviderDirectoryState):
                var listed = Assert.Single(Read<IamProviderDirectoryState>(bytes).Providers).Value;
                Assert.Equal(("arn:aws:iam::000000000000:saml-provider/fixture", Created, (DateTimeOffset?)Modified), (listed.Arn, listed.CreateDate, listed.ValidUntil));
                break;
            case nameof(OidcProviderState):
                var oidc = Read<OidcProviderState>(bytes);
                Assert.Equal(("idp.example.com", Created), (oidc.Provider!.Url, oidc.Provider.CreateDate));
                Assert.Equal(["app-1"], oidc.Provider.ClientIds);
                Assert.Equal(["9e99a48a9960b14926bb7f3b02e22da2b0ab7280"], oidc.Provider.Thumbprints);
                Assert.Equal(new IamTag("env", "test"), Assert.Single(oidc.Tags));
                break;
            case nameof(SamlProviderState):
                var saml = Read<SamlProviderState>(bytes).Provider!;
                Assert.Equal(("fixture", "<md:EntityDescriptor/>", Created, (DateTimeOffset?)Modified), (saml.Name, saml.MetadataDocument, saml.CreateDate, saml.ValidUntil));
                break;
            case nameof(IdentityPoolState):
                var identityPool = Read<IdentityPoolState>(bytes);
                Assert.Equal(("fixture_pool", true, true, "login.fixture", 4L, Created), (identityPool.Settings!.Name, identityPool.Settings.AllowUnauthenticatedIdentities, identityPool.Settings.AllowClassicFlow, identityPool.Settings.DeveloperProviderName, identityPool.Version, identityPool.CreatedAt));
                Assert.Equal("app-1", identityPool.Settings.SupportedLoginProviders["accounts.google.com"]);
                Assert.Equal(new CognitoProviderLink("cognito-idp.us-east-1.amazonaws.com/us-east-1_Fixture01", "client-1", true), Assert.Single(identityPool.Settings.CognitoIdentityProviders));
                Assert.Equal(["arn:aws:iam::000000000000:oidc-provider/idp.example.com"], identityPool.Settings.OpenIdConnectProviderArns);
                Assert.Equal(["arn:aws:iam::000000000000:saml-provider/fixture"], identityPool.Settings.SamlProviderArns);
                Assert.Equal("arn:aws:iam::000000000000:role/auth", identityPool.Roles.Roles["authenticated"]);
                Assert.Equal(new MappingRuleSettings("hd", "Equals", "example.com", "arn:aws:iam::000000000000:role/staff"), Assert.Single(identityPool.Roles.RoleMappings["accounts.google.com"].Rules));
                Assert.Equal("hd", identityPool.PrincipalTagMaps["accounts.google.com"].PrincipalTags["team"]);
                break;
            case nameof(IdentityPoolCatalogState):
                Assert.Equal(new IdentityPoolSummary(FixtureIdentityPool, "fixture_pool"), Assert.Single(Read<IdentityPoolCatalogState>(bytes).Pools).Value);
                break;
            case nameof(IdentityState):
                var identity = Read<IdentityState>(bytes);
                Assert.Equal((FixtureIdentityPool, Created, Modified, "us-east-1:22222222-2222-2222-2222-222222222222"), (identity.IdentityPoolId, identity.CreatedAt, identity.ModifiedAt, identity.MergedInto));
                Assert.Equal(new LinkedLogin("accounts.google.com", "google-sub-1"), Assert.Single(identity.Logins));
                break;
            case nameof(IdentityLoginState):
                Assert.Equal(FixtureIdentity, Read<IdentityLoginState>(bytes).IdentityId);
                break;
            case nameof(IdentityDirectoryState):
                var listedIdentity = Assert.Single(Read<IdentityDirectoryState>(bytes).Identities).Value;
                Assert.Equal((FixtureIdentity, FixtureIdentityPool, Created, Modified), (listedIdentity.IdentityId, listedIdentity.IdentityPoolId, listedIdentity.CreationDate, listedIdentity.LastModifiedDate));
                Assert.Equal(new LinkedLogin("login.fixture", "dev-1"), Assert.Single(listedIdentity.Logins));
                break;
            case nameof(IdentityTokenKeyState):
                var key = Assert.Single(Read<IdentityTokenKeyState>(bytes).Keys);
                Assert.Equal(("kid-1", "RS256", Created, (DateTimeOffset?)Modified), (key.KeyId, key.Algorithm, key.CreatedAt, key.RetiredAt));
                Assert.Equal([1, 2, 3], key.SealedPrivateKey);
                break;
            default:
                Assert.Fail($"No assertions for {type}.");
                break;
        }
    }

    /// <summary>A new persisted state type must come with a fixture (and a sample above).</summary>
    [Fact]
    public void EveryPersistedStateType_HasASampleAndAFixture()
    {
        var stateTypes = typeof(UserState).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("State", StringComparison.Ordinal) && t.GetCustomAttributes(typeof(GenerateSerializerAttribute), false).Length > 0)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(stateTypes, Samples.Keys.Order(StringComparer.Ordinal).ToList());
        Assert.All(stateTypes, t => Assert.True(File.Exists(FixturePath(t)), $"missing fixture for {t}"));
    }

    private static T Read<T>(BinaryData bytes)
        where T : class => Serializer.Value.Deserialize<T>(bytes) ?? throw new InvalidDataException($"The fixture read back as a null {typeof(T).Name}.");

    private static void AssertPool(UserPoolState pool)
    {
        var settings = pool.Settings!;
        Assert.Equal("fixture-pool", settings.Name);
        Assert.Equal((12, false, true, 3), (settings.PasswordPolicy.MinimumLength, settings.PasswordPolicy.RequireSymbols, settings.PasswordPolicy.RequireUppercase, settings.PasswordPolicy.TemporaryPasswordValidityDays));
        Assert.Equal("OPTIONAL", settings.MfaConfiguration);
        Assert.Equal(["email"], settings.AutoVerifiedAttributes);
        Assert.Equal(["email", "preferred_username"], settings.AliasAttributes);
        Assert.Equal("16", Assert.Single(settings.Schema).MaxLength);
        Assert.Equal("identity", settings.Tags["team"]);
        Assert.Equal(new RecoveryOption("verified_email", 1), Assert.Single(settings.AccountRecovery));
        Assert.Equal("{}", settings.StoredOnly["LambdaConfig"]);
        Assert.Equal((Created, Modified, 7L), (pool.CreationDate, pool.LastModifiedDate, pool.Version));

        var client = Assert.Single(pool.Clients).Value;
        Assert.Equal(("fixtureclient", "web", 30, true), (client.ClientId, client.Settings.ClientName, client.Settings.AccessTokenValidity, client.Settings.RefreshTokenRotation));
        Assert.Equal(["ALLOW_USER_PASSWORD_AUTH"], client.Settings.ExplicitAuthFlows);
        var secret = Assert.Single(client.Secrets);
        Assert.Equal(("secret-1", Created), (secret.SecretId, secret.CreatedAt));
        Assert.Equal([1, 2, 3], secret.SealedValue);

        var group = Assert.Single(pool.Groups).Value;
        Assert.Equal(("admins", "arn:aws:iam::000000000000:role/admins", (int?)1), (group.GroupName, group.RoleArn, group.Precedence));

        Assert.Equal(["kid-1", "kid-0"], pool.SigningKeys.Select(k => k.KeyId));
        Assert.Equal([9, 8, 7], pool.SigningKeys[0].SealedPrivateKey);
        Assert.Null(pool.SigningKeys[0].RetiredAt);
        Assert.Equal(Created, pool.SigningKeys[1].RetiredAt);
    }

    private static void AssertUser(UserState user)
    {
        Assert.Equal(("fixture-user", UserStatus.Confirmed, true), (user.Username, user.Status, user.Enabled));
        Assert.Equal("fixture@example.com", user.Attributes["email"]);
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", user.Attributes["sub"]);
        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal((Created, Modified), (user.CreateDate, user.LastModifiedDate));
        var code = user.Codes["signup"];
        Assert.Equal((Modified, 1), (code.ExpiresAt, code.Attempts));
        var family = user.Families["family-1"];
        Assert.Equal(("fixtureclient", 2, Modified), (family.ClientId, family.Generation, family.ExpiresAt));
        Assert.Equal(["admins"], user.Groups);
        Assert.Equal(1_767_000_000, user.TokensValidAfter);
        Assert.Equal(["us-east-1_Fixture01/username/fixture-user"], user.Aliases);
        Assert.Equal((2, (DateTimeOffset?)Modified), (user.FailedSignIns, user.LockedUntil));
        Assert.Equal([4, 4, 4], user.SealedSrpVerifier);
        Assert.Equal(["SOFTWARE_TOKEN_MFA"], user.EnabledMfa);
        Assert.Equal("SOFTWARE_TOKEN_MFA", user.PreferredMfa);
    }

    /// <summary>The fixture in the source tree (not the build output), so a regenerated one lands where it is checked in.</summary>
    private static string FixturePath(string type)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var project = Path.Combine(directory.FullName, "tests", "Cluster.Grains.Tests");
            if (File.Exists(Path.Combine(project, "Cluster.Grains.Tests.csproj")))
            {
                return Path.Combine(project, "Fixtures", $"{type}.bin");
            }
        }

        throw new InvalidOperationException($"No tests/Cluster.Grains.Tests above {AppContext.BaseDirectory}.");
    }
}
