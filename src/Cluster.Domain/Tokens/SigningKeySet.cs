using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cluster.Domain.Tokens;

/// <summary>
/// A pool's token keys, imported once: the first signs, all of them verify (older keys stay until every token they
/// signed has expired). JWTs are assembled by hand (base64url header.payload.signature) with the kid-then-alg header
/// Cognito writes. Sign and Verify are safe to call from many threads at once.
/// </summary>
/// <remarks>
/// Dispose only once no other thread can still be using the set. A cache that swaps sets under load may simply drop
/// the old one: its native key handles are then released by their finalizers.
/// </remarks>
public sealed class SigningKeySet : IDisposable
{
    /// <summary>Far above any token this service issues; longer input is rejected before decoding.</summary>
    public const int MaxTokenLength = 64 * 1024;

    private const int MaxStackSignature = 1024;

    private readonly LoadedSigningKey _active;
    private readonly Dictionary<string, LoadedSigningKey> _byKeyId;
    private readonly string _jwks;
    private bool _disposed;

    public SigningKeySet(IReadOnlyList<SigningKeyMaterial> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            throw new ArgumentException("A signing key set needs at least one key.", nameof(keys));
        }

        var loaded = new List<LoadedSigningKey>(keys.Count);
        try
        {
            _byKeyId = new Dictionary<string, LoadedSigningKey>(StringComparer.Ordinal);
            for (var i = 0; i < keys.Count; i++)
            {
                var key = new LoadedSigningKey(keys[i], canSign: i == 0);
                loaded.Add(key);
                if (!_byKeyId.TryAdd(key.KeyId, key))
                {
                    throw new ArgumentException($"Key id '{key.KeyId}' appears twice.", nameof(keys));
                }
            }
        }
        catch
        {
            loaded.ForEach(k => k.Dispose());
            throw;
        }

        _active = loaded[0];
        _jwks = WriteJwks(loaded);
    }

    public string ActiveKeyId => _active.KeyId;

    public SigningAlgorithm ActiveAlgorithm => _active.Algorithm;

    public IReadOnlyCollection<string> KeyIds => _byKeyId.Keys;

    /// <summary>Signs <paramref name="payload"/> with the active key: <c>base64url(header).base64url(payload).base64url(signature)</c>.</summary>
    public string Sign(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var json = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(json, JwtJson.WriterOptions))
        {
            payload.WriteTo(writer);
        }

        var key = _active;
        var header = key.EncodedHeader;
        var signingInputLength = header.Length + 1 + Base64Url.GetEncodedLength(json.WrittenCount);
        var total = signingInputLength + 1 + Base64Url.GetEncodedLength(key.SignatureSize);

        var buffer = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            var token = buffer.AsSpan(0, total);
            header.CopyTo(token);
            token[header.Length] = (byte)'.';
            Base64Url.EncodeToUtf8(json.WrittenSpan, token[(header.Length + 1)..signingInputLength]);

            Span<byte> signature = key.SignatureSize <= MaxStackSignature ? stackalloc byte[key.SignatureSize] : new byte[key.SignatureSize];
            key.Sign(token[..signingInputLength], signature);

            token[signingInputLength] = (byte)'.';
            Base64Url.EncodeToUtf8(signature, token[(signingInputLength + 1)..]);
            return Encoding.ASCII.GetString(token);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Checks the signature with the key the header names and returns the payload. Anything wrong with the token
    /// (shape, encoding, JSON, unknown kid, an alg other than the key's, the signature) is a failure, never an exception.
    /// </summary>
    public TokenReadResult Verify(string jwt)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (string.IsNullOrEmpty(jwt) || jwt.Length > MaxTokenLength)
        {
            return TokenReadResult.Invalid("malformed token");
        }

        var firstDot = jwt.IndexOf('.', StringComparison.Ordinal);
        var secondDot = firstDot < 0 ? -1 : jwt.IndexOf('.', firstDot + 1);
        if (firstDot <= 0 || secondDot <= firstDot + 1 || secondDot == jwt.Length - 1 || jwt.IndexOf('.', secondDot + 1) >= 0)
        {
            return TokenReadResult.Invalid("malformed token");
        }

        try
        {
            return Verify(jwt, firstDot, secondDot);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or CryptographicException or ArgumentException or InvalidOperationException)
        {
            return TokenReadResult.Invalid("malformed token");
        }
    }

    /// <summary>The public keys as a JWKS document, <c>{"keys":[...]}</c>, the active key first.</summary>
    public string JwksJson() => _jwks;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var key in _byKeyId.Values)
        {
            key.Dispose();
        }
    }

    private TokenReadResult Verify(string jwt, int firstDot, int secondDot)
    {
        var headerText = jwt.AsSpan(0, firstDot);
        var payloadText = jwt.AsSpan(firstDot + 1, secondDot - firstDot - 1);
        var signatureText = jwt.AsSpan(secondDot + 1);

        if (!TryDecode(headerText, out var headerJson))
        {
            return TokenReadResult.Invalid("malformed header");
        }

        var headerFailure = ReadHeader(headerJson, out var key);
        if (headerFailure is not null)
        {
            return TokenReadResult.Invalid(headerFailure);
        }

        if (!TryDecode(payloadText, out var payloadJson))
        {
            return TokenReadResult.Invalid("malformed payload");
        }

        // The signature must decode to exactly the key's size and re-encode to the same text: one token, one spelling.
        Span<byte> signature = stackalloc byte[MaxStackSignature];
        if (key!.SignatureSize > MaxStackSignature
            || Base64Url.GetEncodedLength(key.SignatureSize) != signatureText.Length
            || !Base64Url.TryDecodeFromChars(signatureText, signature, out var signatureSize)
            || signatureSize != key.SignatureSize
            || !IsCanonical(signature[..signatureSize], signatureText))
        {
            return TokenReadResult.Invalid("malformed signature");
        }

        // Header and payload text are plain base64url by now, so ASCII is exact.
        var signingInput = ArrayPool<byte>.Shared.Rent(secondDot);
        try
        {
            var written = Encoding.ASCII.GetBytes(jwt.AsSpan(0, secondDot), signingInput);
            if (!key.Verify(signingInput.AsSpan(0, written), signature[..signatureSize]))
            {
                return TokenReadResult.Invalid("signature mismatch");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(signingInput);
        }

        if (JsonNode.Parse(payloadJson) is not JsonObject payload)
        {
            return TokenReadResult.Invalid("payload is not a JSON object");
        }

        // Materialize now, so a duplicate member fails here rather than later in a caller.
        _ = payload.Count;
        return TokenReadResult.Valid(payload);
    }

    // Header members: exactly one alg and one kid, both strings, and no "crit" (RFC 7515: unknown critical extensions reject).
    private string? ReadHeader(byte[] headerJson, out LoadedSigningKey? key)
    {
        key = null;
        var reader = new Utf8JsonReader(headerJson);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "header is not a JSON object";
        }

        string? alg = null;
        string? kid = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "alg" when alg is null && reader.TokenType == JsonTokenType.String:
                    alg = reader.GetString();
                    break;
                case "kid" when kid is null && reader.TokenType == JsonTokenType.String:
                    kid = reader.GetString();
                    break;
                case "alg" or "kid" or "crit":
                    return $"bad header member '{name}'";
                default:
                    reader.Skip();
                    break;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return "header is not a JSON object";
        }

        if (kid is null || alg is null)
        {
            return "header lacks kid or alg";
        }

        if (!_byKeyId.TryGetValue(kid, out key))
        {
            return "unknown kid";
        }

        return string.Equals(alg, key.Algorithm.ToString(), StringComparison.Ordinal) ? null : "alg does not match the key";
    }

    private static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (!Base64Url.IsValid(text, out var length))
        {
            return false;
        }

        bytes = new byte[length];
        return Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == length;
    }

    private static bool IsCanonical(ReadOnlySpan<byte> decoded, ReadOnlySpan<char> text)
    {
        Span<char> again = stackalloc char[Base64Url.GetEncodedLength(decoded.Length)];
        return Base64Url.TryEncodeToChars(decoded, again, out var written) && again[..written].SequenceEqual(text);
    }

    private static string WriteJwks(List<LoadedSigningKey> keys)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JwtJson.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("keys");
            foreach (var key in keys)
            {
                writer.WriteStartObject();
                key.Jwk(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
