using System.Buffers;

namespace Cluster.Domain.Breaches;

/// <summary>
/// Reads the two shapes of a Pwned Passwords SHA-1 download: the single file of <c>HASH:COUNT</c> lines, and a folder
/// of range files named by 5-hex-digit prefix holding <c>SUFFIX:COUNT</c> lines. Yields 40 uppercase hex digits per
/// hash; counts are ignored (lines without one are accepted), blank and malformed lines are skipped and counted.
/// </summary>
public static class PwnedPasswordsReader
{
    private const int Sha1HexLength = 40;
    private const int PrefixLength = 5;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

    public static IEnumerable<string> ReadFullFile(TextReader reader) => ReadFullFile(reader, new PwnedPasswordsReadStats());

    public static IEnumerable<string> ReadFullFile(TextReader reader, PwnedPasswordsReadStats stats)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(stats);
        return ReadLines(reader, string.Empty, stats);
    }

    public static IEnumerable<string> ReadRangeDirectory(string folder) => ReadRangeDirectory(folder, new PwnedPasswordsReadStats());

    /// <summary>Reads every range file in the folder (not its subfolders), in prefix order.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IEnumerable<string> ReadRangeDirectory(string folder, PwnedPasswordsReadStats stats)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(stats);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The Pwned Passwords range folder '{folder}' does not exist.");
        }

        return ReadRanges(folder, stats);
    }

    private static IEnumerable<string> ReadRanges(string folder, PwnedPasswordsReadStats stats)
    {
        var files = Directory.EnumerateFiles(folder)
            .Select(path => (Path: path, Prefix: Path.GetFileNameWithoutExtension(path)))
            .OrderBy(file => file.Prefix, StringComparer.OrdinalIgnoreCase);
        foreach (var (path, prefix) in files)
        {
            if (prefix.Length != PrefixLength || prefix.AsSpan().ContainsAnyExcept(HexDigits))
            {
                stats.SkippedFiles++;
                continue;
            }

            stats.Files++;
            using var reader = new StreamReader(path);
            foreach (string hash in ReadLines(reader, prefix.ToUpperInvariant(), stats))
            {
                yield return hash;
            }
        }
    }

    private static IEnumerable<string> ReadLines(TextReader reader, string prefix, PwnedPasswordsReadStats stats)
    {
        while (reader.ReadLine() is { } line)
        {
            if (ParseLine(line, prefix, stats) is { } hash)
            {
                yield return hash;
            }
        }
    }

    private static string? ParseLine(string line, string prefix, PwnedPasswordsReadStats stats)
    {
        var text = line.AsSpan().Trim();
        if (text.IsEmpty)
        {
            stats.BlankLines++;
            return null;
        }

        int colon = text.IndexOf(':');
        var hex = colon < 0 ? text : text[..colon].TrimEnd();
        if (hex.Length != Sha1HexLength - prefix.Length || hex.ContainsAnyExcept(HexDigits))
        {
            stats.MalformedLines++;
            return null;
        }

        if (colon >= 0 && text[(colon + 1)..].Trim() is "0")
        {
            stats.PaddingLines++;
            return null;
        }

        stats.Hashes++;
        int start = line.Length - line.AsSpan().TrimStart().Length;
        return string.Create(Sha1HexLength, (prefix, line, start), static (chars, state) =>
        {
            state.prefix.CopyTo(chars);
            state.line.AsSpan(state.start, Sha1HexLength - state.prefix.Length).ToUpperInvariant(chars[state.prefix.Length..]);
        });
    }
}
