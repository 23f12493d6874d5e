using Cluster.Abstractions.Configuration;
using Cluster.Abstractions.Errors;
using Cluster.Domain.Credentials;
using Cluster.Domain.Iam;
using Microsoft.Extensions.Options;

namespace Cluster.Protocol.Iam.Wire;

/// <summary>Turns a provider ARN from a request into its grain key: InvalidInput when it is no such ARN, NoSuchEntity for another account's.</summary>
public sealed class IamProviderArns(IOptions<ServiceOptions> options)
{
    public string? OidcProviderKey(string arn, out IdentityError? error) =>
        Key(arn, IamArns.OidcProviderUrl(arn)?.ToLowerInvariant(), "OpenIDConnect Provider", out error);

    public string? SamlProviderKey(string arn, out IdentityError? error) =>
        Key(arn, IamArns.SamlProviderName(arn), "Manifest", out error);

    private string? Key(string arn, string? key, string kind, out IdentityError? error)
    {
        error = null;
        if (key is null)
        {
            error = new IdentityError(IamErrorCodes.InvalidInput, $"ARN {arn} is not valid.");
            return null;
        }

        if (IamArns.AccountOf(arn) != options.Value.AccountId)
        {
            error = new IdentityError(IamErrorCodes.NoSuchEntity, $"{kind} not found for arn {arn}");
            return null;
        }

        return key;
    }
}
