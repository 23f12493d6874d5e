using System.Security.Cryptography;
using System.Text;

namespace Cluster.Domain.Secrets;

/// <summary>
/// The key-encryption key of the embedded default: one base64 line holding 32 random bytes, created on first use
/// (owner read/write only on Unix). Production gives the key through configuration or a Kubernetes secret instead.
/// </summary>
public static class SealingKeyFile
{
    /// <summary>Loads the key at <paramref name="path"/> as key id 1, creating the file with a fresh key when it is missing.</summary>
    public static SealingKey LoadOrCreate(string path) => LoadOrCreate(path, 1);

    /// <summary>Loads the key at <paramref name="path"/>, creating the file with a fresh key when it is missing.</summary>
    /// <exception cref="InvalidDataException">The file exists but does not hold a base64 32-byte key.</exception>
    public static SealingKey LoadOrCreate(string path, byte id)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            TryCreate(fullPath);
        }

        return new SealingKey(id, Parse(File.ReadAllText(fullPath), fullPath));
    }

    /// <summary>Reads a key from its base64 text, as written in the file or passed through configuration.</summary>
    /// <param name="source">Where the text came from, named in the error.</param>
    /// <exception cref="InvalidDataException">The text is not a base64 32-byte key.</exception>
    public static byte[] Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new byte[SealingKey.KeySize + 3];
        if (!Convert.TryFromBase64String(text.Trim(), buffer, out var written) || written != SealingKey.KeySize)
        {
            throw new InvalidDataException(
                $"The sealing key in '{source}' is not valid: expected one line of base64 holding exactly {SealingKey.KeySize} bytes. "
                + "Restore the original key (data sealed with it cannot be opened without it) or, on a new installation, delete the file to create one.");
        }

        return buffer[..SealingKey.KeySize];
    }

    // Written to a private temporary file and moved into place without overwriting, so two processes starting
    // together agree on one key and nobody reads a half-written file.
    private static void TryCreate(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        var key = RandomNumberGenerator.GetBytes(SealingKey.KeySize);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(Encoding.ASCII.GetBytes(Convert.ToBase64String(key) + "\n"));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: false);
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            // Another process created it first: use theirs.
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
            File.Delete(temporary);
        }
    }
}
