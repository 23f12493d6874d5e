using Cluster.Protocol.Iam;
using Cluster.Protocol.Sts;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.AwsQuery;

/// <summary>
/// Registers the AWS Query services (IAM, STS) and their dispatcher. They share <c>POST /</c> with the JSON
/// services: <c>AwsJsonEndpoints</c> sends form bodies here (<see cref="AwsQueryDispatcher.Accepts"/>).
/// Needs the SigV4 authenticator and throttle that <c>AddAwsJsonProtocol</c> registers.
/// </summary>
public static class AwsQueryEndpoints
{
    public static IServiceCollection AddAwsQueryProtocol(this IServiceCollection services)
    {
        services.AddSingleton<AwsQueryDispatcher>();
        services.AddIam();
        services.AddSts();
        return services;
    }
}
