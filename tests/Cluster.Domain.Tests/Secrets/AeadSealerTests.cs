using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Cluster.Domain.Secrets;

namespace Cluster.Domain.Tests.Secrets;

public sealed class AeadSealerTests
{
    private static readonly SealingKey Old = new(1, Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
    private static readonly SealingKey New = new(2, Enumerable.Range(100, 32).Select(i => (byte)i).ToArray());
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("-----BEGIN PRIVATE KEY----- not really");

    [Fact]
    public void Seal_ThenUnseal_RoundTrips()
    {
        var sealer = new AeadSealer([Old]);

        Assert.True(sealer.TryUnseal(sealer.Seal(Secret, "signing-key"), "signing-key", out var opened));
        Assert.Equal(Secret, opened);
    }

    [Fact]
    public void SealBytes_ThenUnsealBytes_RoundTrips()
    {
        var sealer = new AeadSealer([Old]);

        var sealedBytes = sealer.SealBytes(Secret, "client-secret");

        Assert.Equal(Secret.Length + AeadSealer.Overhead, sealedBytes.Length);
        Assert.True(sealer.TryUnsealBytes(sealedBytes, "client-secret", out var opened));
        Assert.Equal(Secret, opened);
    }

    [Fact]
    public void Seal_EmptyPlaintext_RoundTrips()
    {
        var sealer = new AeadSealer([Old]);

        Assert.True(sealer.TryUnseal(sealer.Seal([], "p"), "p", out var opened));
        Assert.Empty(opened);
    }

    [Fact]
    public void Seal_Layout_OpensWithPlainAesGcm()
    {
        // Independent reading of the documented layout: [key id][nonce][ciphertext][tag], AAD = key id + purpose.
        var sealedBytes = Base64Url.DecodeFromChars(new AeadSealer([Old]).Seal(Secret, "refresh-token"));

        Assert.Equal(Old.Id, sealedBytes[0]);
        using var aes = new AesGcm(Old.Key, 16);
        var opened = new byte[sealedBytes.Length - 29];
        aes.Decrypt(sealedBytes.AsSpan(1, 12), sealedBytes.AsSpan(13, opened.Length), sealedBytes.AsSpan(13 + opened.Length), opened, [Old.Id, .. "refresh-token"u8]);
        Assert.Equal(Secret, opened);
    }

    [Fact]
    public void Seal_SamePlaintextTwice_DifferentOutput()
    {
        var sealer = new AeadSealer([Old]);

        Assert.NotEqual(sealer.Seal(Secret, "p"), sealer.Seal(Secret, "p"));
    }

    [Fact]
    public void TryUnseal_AnyByteFlipped_False()
    {
        var sealer = new AeadSealer([Old]);
        var sealedBytes = sealer.SealBytes(Secret, "p");

        // Every position: key id, nonce, ciphertext and tag.
        for (var i = 0; i < sealedBytes.Length; i++)
        {
            var tampered = (byte[])sealedBytes.Clone();
            tampered[i] ^= 0x01;
            Assert.False(sealer.TryUnsealBytes(tampered, "p", out var opened), $"byte {i}");
            Assert.Empty(opened);
        }
    }

    [Theory]
    [InlineData("P")]
    [InlineData("p ")]
    [InlineData("other")]
    [InlineData("")]
    public void TryUnseal_WrongPurpose_False(string purpose)
    {
        var sealer = new AeadSealer([Old]);

        Assert.False(sealer.TryUnseal(sealer.Seal(Secret, "p"), purpose, out _));
    }

    [Fact]
    public void TryUnseal_SealedWithOldKeyAfterNewKeyAddedFirst_Opens()
    {
        var before = new AeadSealer([Old]);
        var sealedText = before.Seal(Secret, "p");
        var after = new AeadSealer([New, Old]);

        Assert.True(after.TryUnseal(sealedText, "p", out var opened));
        Assert.Equal(Secret, opened);
        Assert.Equal(New.Id, Base64Url.DecodeFromChars(after.Seal(Secret, "p"))[0]);
        Assert.Equal(New.Id, after.SealingKeyId);
    }

    [Fact]
    public void TryUnseal_KeyRemovedFromRing_False()
    {
        var sealedText = new AeadSealer([Old]).Seal(Secret, "p");

        Assert.False(new AeadSealer([New]).TryUnseal(sealedText, "p", out _));
    }

    [Fact]
    public void TryUnseal_SameIdDifferentKey_False()
    {
        var sealedText = new AeadSealer([Old]).Seal(Secret, "p");
        var impostor = new SealingKey(Old.Id, New.Key);

        Assert.False(new AeadSealer([impostor]).TryUnseal(sealedText, "p", out _));
    }

    [Fact]
    public void TryUnseal_KeyIdRewrittenToOtherKnownKey_False()
    {
        var ring = new AeadSealer([New, Old]);
        var sealedBytes = ring.SealBytes(Secret, "p");
        sealedBytes[0] = Old.Id;

        Assert.False(ring.TryUnsealBytes(sealedBytes, "p", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("not base64 at all!")]
    [InlineData("AQ")]
    [InlineData("AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void TryUnseal_Garbage_FalseWithoutThrowing(string text)
    {
        var sealer = new AeadSealer([Old]);

        Assert.False(sealer.TryUnseal(text, "p", out var opened));
        Assert.Empty(opened);
    }

    [Fact]
    public void TryUnseal_OtherSpellingOfSameBytes_False()
    {
        var sealer = new AeadSealer([Old]);
        var sealedText = sealer.Seal(new byte[2], "p"); // 31 bytes: the last character carries 2 unused bits
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var respelled = sealedText[..^1] + alphabet[alphabet.IndexOf(sealedText[^1], StringComparison.Ordinal) ^ 1];

        Assert.Equal(Lenient(sealedText), Lenient(respelled));
        Assert.False(sealer.TryUnseal(respelled, "p", out _));
        Assert.False(sealer.TryUnseal(sealedText + "==", "p", out _));
        Assert.True(sealer.TryUnseal(sealedText, "p", out _));
    }

    [Fact]
    public void TryUnseal_Truncated_False()
    {
        var sealer = new AeadSealer([Old]);
        var sealedBytes = sealer.SealBytes(Secret, "p");

        for (var length = 0; length < sealedBytes.Length; length++)
        {
            Assert.False(sealer.TryUnsealBytes(sealedBytes.AsSpan(0, length), "p", out _));
        }
    }

    [Fact]
    public void TryUnseal_Null_False()
    {
        Assert.False(new AeadSealer([Old]).TryUnseal(null!, "p", out _));
    }

    [Fact]
    public void Seal_ConcurrentCallers_AllOpen()
    {
        var sealer = new AeadSealer([New, Old]);

        var results = Enumerable.Range(0, 2000).AsParallel().Select(i =>
        {
            var plaintext = BitConverter.GetBytes(i);
            return sealer.TryUnseal(sealer.Seal(plaintext, "p"), "p", out var opened) && opened.SequenceEqual(plaintext);
        }).ToList();

        Assert.All(results, Assert.True);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    [InlineData(33)]
    public void Constructor_KeyNot32Bytes_Throws(int size)
    {
        Assert.Throws<ArgumentException>(() => new AeadSealer([new SealingKey(1, new byte[size])]));
    }

    [Fact]
    public void Constructor_DuplicateIdOrNoKeys_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AeadSealer([Old, Old with { Key = New.Key }]));
        Assert.Throws<ArgumentException>(() => new AeadSealer([]));
    }

    [Fact]
    public void Seal_EmptyPurpose_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AeadSealer([Old]).Seal(Secret, string.Empty));
    }

    // Convert ignores unused trailing bits, so it shows two spellings carry the same bytes.
    private static byte[] Lenient(string base64Url) =>
        Convert.FromBase64String(base64Url.Replace('-', '+').Replace('_', '/').PadRight((base64Url.Length + 3) / 4 * 4, '='));
}
