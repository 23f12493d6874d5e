using System.Security.Cryptography.X509Certificates;

namespace Cluster.Protocol.IdentityProviders;

/// <summary>What an IdP's metadata says that matters here: its entity id and the certificates it signs with.</summary>
internal sealed class SamlProviderMetadata(string? entityId, IReadOnlyList<X509Certificate2> signingCertificates) : IDisposable
{
    public string? EntityId { get; } = entityId;

    public IReadOnlyList<X509Certificate2> SigningCertificates { get; } = signingCertificates;

    public void Dispose()
    {
        foreach (var certificate in SigningCertificates)
        {
            certificate.Dispose();
        }
    }
}
