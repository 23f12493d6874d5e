using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Cluster.Domain.Secrets;

/// <summary>
/// Encrypts and authenticates small secrets with AES-256-GCM under a key ring: the first key seals, every key opens.
/// A sealed value is <c>[key id][12-byte nonce][ciphertext][16-byte tag]</c>; the key id and a purpose string are bound
/// as associated data, so a value sealed for one use (say, a refresh token) does not open as another (a signing key).
/// Thread-safe.
/// </summary>
/// <remarks>
/// Nonces are random, which is safe for about 2^32 seals per key; rotate the key well before that.
/// </remarks>
public sealed class AeadSealer
{
    public const int NonceSize = 12;
    public const int TagSize = 16;
    public const int Overhead = 1 + NonceSize + TagSize;

    private readonly SealingKey _sealWith;
    private readonly Dictionary<byte, byte[]> _keys = [];

    public AeadSealer(IReadOnlyList<SealingKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            throw new ArgumentException("The sealing key ring needs at least one key.", nameof(keys));
        }

        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key);
            if (key.Key is not { Length: SealingKey.KeySize })
            {
                throw new ArgumentException($"Sealing key {key.Id} must be {SealingKey.KeySize} bytes.", nameof(keys));
            }

            if (!_keys.TryAdd(key.Id, (byte[])key.Key.Clone()))
            {
                throw new ArgumentException($"Sealing key id {key.Id} appears twice.", nameof(keys));
            }
        }

        _sealWith = keys[0];
    }

    /// <summary>The id of the key that seals.</summary>
    public byte SealingKeyId => _sealWith.Id;

    /// <summary>Seals <paramref name="plaintext"/> for <paramref name="purpose"/>, as unpadded base64url text.</summary>
    public string Seal(ReadOnlySpan<byte> plaintext, string purpose) => Base64Url.EncodeToString(SealBytes(plaintext, purpose));

    /// <summary>Seals <paramref name="plaintext"/> for <paramref name="purpose"/>, as bytes for storage.</summary>
    public byte[] SealBytes(ReadOnlySpan<byte> plaintext, string purpose)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var output = new byte[Overhead + plaintext.Length];
        var keyId = _sealWith.Id;
        output[0] = keyId;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);

        // A fresh AesGcm per call: instances keep native cipher state and are not documented as thread-safe.
        using var aes = new AesGcm(_keys[keyId], TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(1 + NonceSize, plaintext.Length), output.AsSpan(1 + NonceSize + plaintext.Length), AssociatedData(keyId, purpose));
        return output;
    }

    /// <summary>Opens text from <see cref="Seal"/>; false for a wrong purpose, an unknown key, any tampering or garbage.</summary>
    public bool TryUnseal(string sealedText, string purpose, out byte[] plaintext)
    {
        plaintext = [];
        if (string.IsNullOrEmpty(sealedText) || !Base64Url.IsValid(sealedText, out var length) || length < Overhead)
        {
            return false;
        }

        // One value, one spelling: callers may key reuse detection (refresh tokens) on the text itself.
        var bytes = new byte[length];
        return Base64Url.TryDecodeFromChars(sealedText, bytes, out var written)
            && written == length
            && string.Equals(Base64Url.EncodeToString(bytes), sealedText, StringComparison.Ordinal)
            && TryUnsealBytes(bytes, purpose, out plaintext);
    }

    /// <summary>Opens bytes from <see cref="SealBytes"/>; false for a wrong purpose, an unknown key, any tampering or garbage.</summary>
    public bool TryUnsealBytes(ReadOnlySpan<byte> sealedBytes, string purpose, out byte[] plaintext)
    {
        plaintext = [];
        if (string.IsNullOrEmpty(purpose) || sealedBytes.Length < Overhead || !_keys.TryGetValue(sealedBytes[0], out var key))
        {
            return false;
        }

        var ciphertext = sealedBytes[(1 + NonceSize)..^TagSize];
        var opened = new byte[ciphertext.Length];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(sealedBytes.Slice(1, NonceSize), ciphertext, sealedBytes[^TagSize..], opened, AssociatedData(sealedBytes[0], purpose));
        }
        catch (CryptographicException)
        {
            return false;
        }

        plaintext = opened;
        return true;
    }

    private static byte[] AssociatedData(byte keyId, string purpose)
    {
        var data = new byte[1 + Encoding.UTF8.GetByteCount(purpose)];
        data[0] = keyId;
        Encoding.UTF8.GetBytes(purpose, data.AsSpan(1));
        return data;
    }
}
