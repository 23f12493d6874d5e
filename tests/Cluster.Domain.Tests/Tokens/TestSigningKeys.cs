using Cluster.Domain.Tokens;

namespace Cluster.Domain.Tests.Tokens;

/// <summary>Keys made once per test run: RSA generation costs tens of milliseconds.</summary>
internal static class TestSigningKeys
{
    private static readonly DateTimeOffset Created = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly Lazy<SigningKeyMaterial> Rsa1 = new(() => SigningKeyFactory.Create(SigningAlgorithm.RS256, Created));
    private static readonly Lazy<SigningKeyMaterial> Rsa2 = new(() => SigningKeyFactory.Create(SigningAlgorithm.RS256, Created.AddDays(90)));
    private static readonly Lazy<SigningKeyMaterial> Ec1 = new(() => SigningKeyFactory.Create(SigningAlgorithm.ES256, Created));
    private static readonly Lazy<SigningKeyMaterial> Ec2 = new(() => SigningKeyFactory.Create(SigningAlgorithm.ES256, Created.AddDays(90)));

    public static SigningKeyMaterial First(SigningAlgorithm algorithm) => algorithm == SigningAlgorithm.RS256 ? Rsa1.Value : Ec1.Value;

    public static SigningKeyMaterial Second(SigningAlgorithm algorithm) => algorithm == SigningAlgorithm.RS256 ? Rsa2.Value : Ec2.Value;
}
