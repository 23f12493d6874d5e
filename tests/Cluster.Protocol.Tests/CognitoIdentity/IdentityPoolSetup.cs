using System.Text.Json;
using Cluster.Protocol.Tests.Iam;

namespace Cluster.Protocol.Tests.CognitoIdentity;

/// <summary>A user pool with a signed-in user, an identity pool trusting its client, and roles: through the wire.</summary>
public sealed record IdentityPoolSetup(string UserPoolId, string ClientId, string IdentityPoolId, string ProviderName, string IdToken, string AuthenticatedRole)
{
    public const string Password = "Correct-Horse-9-Battery";

    public Dictionary<string, string> Logins => new() { [ProviderName] = IdToken };

    public static async Task<IdentityPoolSetup> CreateAsync(SiloFactory silo, bool guests = true, string? developerProvider = null, bool roles = true)
    {
        var admin = silo.Admin();
        var (userPoolId, clientId) = await PoolFixture.CreateAsync(silo);
        var username = $"user-{Guid.NewGuid():N}";
        (await admin.CallAsync("AdminCreateUser", new { UserPoolId = userPoolId, Username = username, MessageAction = "SUPPRESS" })).AssertOk();
        (await admin.CallAsync("AdminSetUserPassword", new { UserPoolId = userPoolId, Username = username, Password, Permanent = true })).AssertOk();
        var auth = (await admin.CallAsync("AdminInitiateAuth", new
        {
            UserPoolId = userPoolId,
            ClientId = clientId,
            AuthFlow = "ADMIN_USER_PASSWORD_AUTH",
            AuthParameters = new { USERNAME = username, PASSWORD = Password },
        })).AssertOk();
        var idToken = auth.Json.GetProperty("AuthenticationResult").GetProperty(nameof(IdToken)).GetString()!;
        var provider = $"cognito-idp.us-east-1.amazonaws.com/{userPoolId}";
        var body = new Dictionary<string, object>
        {
            ["IdentityPoolName"] = "photos",
            ["AllowUnauthenticatedIdentities"] = guests,
            ["CognitoIdentityProviders"] = new[] { new { ProviderName = provider, ClientId = clientId } },
        };
        if (developerProvider is not null)
        {
            body["DeveloperProviderName"] = developerProvider;
        }

        var created = (await admin.IdentityAsync("CreateIdentityPool", body)).AssertOk();
        var identityPoolId = created.Json.GetProperty(nameof(IdentityPoolId)).GetString()!;
        var authenticated = string.Empty;
        if (roles)
        {
            authenticated = await RoleAsync(silo, identityPoolId, "authenticated");
            var unauthenticated = await RoleAsync(silo, identityPoolId, "unauthenticated");
            (await admin.IdentityAsync("SetIdentityPoolRoles", new
            {
                IdentityPoolId = identityPoolId,
                Roles = new Dictionary<string, string> { ["authenticated"] = authenticated, ["unauthenticated"] = unauthenticated },
            })).AssertOk();
        }

        return new IdentityPoolSetup(userPoolId, clientId, identityPoolId, provider, idToken, authenticated);
    }

    /// <summary>A role the pool may assume for <paramref name="amr"/>, allowed s3:GetObject on the caller's own prefix.</summary>
    public static async Task<string> RoleAsync(SiloFactory silo, string identityPoolId, string amr)
    {
        var trust = JsonSerializer.Serialize(new
        {
            Version = "2012-10-17",
            Statement = new[]
            {
                new Dictionary<string, object>
                {
                    ["Effect"] = "Allow",
                    ["Principal"] = new { Federated = "cognito-identity.amazonaws.com" },
                    ["Action"] = "sts:AssumeRoleWithWebIdentity",
                    ["Condition"] = new Dictionary<string, object>
                    {
                        ["StringEquals"] = new Dictionary<string, string> { ["cognito-identity.amazonaws.com:aud"] = identityPoolId },
                        ["ForAnyValue:StringLike"] = new Dictionary<string, string> { ["cognito-identity.amazonaws.com:amr"] = amr },
                    },
                },
            },
        });
        const string Policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::photos/${cognito-identity.amazonaws.com:sub}/*"}]}""";
        var iam = new QueryClient(silo.CreateDefaultClient(), "iam");
        var name = $"role-{Guid.NewGuid():N}";
        var created = await iam.IamAsync("CreateRole", ("RoleName", name), ("AssumeRolePolicyDocument", trust));
        created.AssertOk("CreateRole");
        (await iam.IamAsync("PutRolePolicy", ("RoleName", name), ("PolicyName", "photos"), ("PolicyDocument", Policy))).AssertOk("PutRolePolicy");
        return created.Value("Arn")!;
    }

}
