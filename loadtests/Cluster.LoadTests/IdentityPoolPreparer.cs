using System.Text.Json;

namespace Cluster.LoadTests;

/// <summary>
/// For the identity scenarios: an identity pool that trusts the run's app client, a role its trust policy admits
/// (created through IAM), and one GetId per user, so each user's GetId and GetCredentialsForIdentity bodies are ready.
/// </summary>
public sealed class IdentityPoolPreparer(AwsJsonClient client, LoadOptions options)
{
    private const string Prefix = "AWSCognitoIdentityService.";

    public async Task PrepareAsync(Population population, CancellationToken cancellationToken)
    {
        var provider = $"cognito-idp.{options.Region}.amazonaws.com/{population.PoolId}";
        var created = PopulationBuilder.Parse("CreateIdentityPool", await client.AdminCallAsync(Prefix + "CreateIdentityPool", new
        {
            IdentityPoolName = "loadtest",
            AllowUnauthenticatedIdentities = false,
            CognitoIdentityProviders = new[] { new { ProviderName = provider, ClientId = population.ClientId } },
        }, cancellationToken));
        var identityPoolId = created.GetProperty("IdentityPoolId").GetString()!;
        var roleArn = await CreateRoleAsync(identityPoolId, cancellationToken);
        PopulationBuilder.Parse("SetIdentityPoolRoles", await client.AdminCallAsync(Prefix + "SetIdentityPoolRoles", new
        {
            IdentityPoolId = identityPoolId,
            Roles = new Dictionary<string, string> { ["authenticated"] = roleArn },
        }, cancellationToken));

        await Parallel.ForEachAsync(
            population.Users,
            new ParallelOptions { MaxDegreeOfParallelism = options.SetupConcurrency, CancellationToken = cancellationToken },
            async (user, ct) =>
            {
                var logins = new Dictionary<string, string> { [provider] = user.IdToken };
                user.GetIdBody = JsonSerializer.SerializeToUtf8Bytes(new { IdentityPoolId = identityPoolId, Logins = logins });
                var identity = PopulationBuilder.Parse("GetId", await client.CallAsync(Prefix + "GetId", user.GetIdBody, ct));
                user.IdentityId = identity.GetProperty("IdentityId").GetString()!;
                user.IdentityProvider = provider;
                user.CredentialsBody = JsonSerializer.SerializeToUtf8Bytes(new { user.IdentityId, Logins = logins });
            });
        Console.WriteLine($"setup: identity pool {identityPoolId}, role {roleArn}, {population.Users.Count} identities");
    }

    private async Task<string> CreateRoleAsync(string identityPoolId, CancellationToken cancellationToken)
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
                        ["ForAnyValue:StringLike"] = new Dictionary<string, string> { ["cognito-identity.amazonaws.com:amr"] = "authenticated" },
                    },
                },
            },
        });
        var name = $"loadtest-{Guid.NewGuid():N}";
        var reply = await client.IamCallAsync("CreateRole", [("RoleName", name), ("AssumeRolePolicyDocument", trust)], cancellationToken);
        var xml = System.Text.Encoding.UTF8.GetString(reply.Body);
        if (!reply.IsSuccess)
        {
            throw new SetupException($"CreateRole failed during setup: {reply.ErrorType} ({xml})");
        }

        var arn = System.Xml.Linq.XDocument.Parse(xml).Descendants().First(e => e.Name.LocalName == "Arn").Value;
        return arn;
    }
}
