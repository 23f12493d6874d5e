namespace Cluster.Domain.Secrets;

/// <summary>
/// One AES-256 key of the sealing key ring. <paramref name="Id"/> is written in front of every sealed value, so a value
/// keeps opening after newer keys are added; ids must be unique within a ring.
/// </summary>
/// <param name="Id">Names the key inside sealed values.</param>
/// <param name="Key">32 secret bytes.</param>
public sealed record SealingKey(byte Id, byte[] Key)
{
    public const int KeySize = 32;
}
