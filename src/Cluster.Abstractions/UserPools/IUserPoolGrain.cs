using Cluster.Abstractions.Errors;

namespace Cluster.Abstractions.UserPools;

/// <summary>One user pool, keyed by its id (<c>us-east-1_AbC123xyz</c>): settings, clients, groups, signing keys.</summary>
[Alias("Cluster.IUserPoolGrain")]
public interface IUserPoolGrain : IGrainWithStringKey
{
    [Alias("Create")]
    Task<Result<UserPoolSnapshot>> CreateAsync(UserPoolSettings settings);

    [Alias("Describe")]
    Task<Result<UserPoolSnapshot>> DescribeAsync();

    [Alias("Delete")]
    Task<Result<Unit>> DeleteAsync();
}
