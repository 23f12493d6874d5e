using Cluster.Abstractions.UserPools;

namespace Cluster.Grains.IdentityPools;

[GenerateSerializer, Alias("Cluster.IdentityTokenKeyState")]
public sealed class IdentityTokenKeyState
{
    [Id(0)] public List<SigningKeyRecord> Keys { get; set; } = [];
}
