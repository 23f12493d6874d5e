using System.Diagnostics;
using System.Text.Json;
using Cluster.Domain.Breaches;

namespace BreachFilterBuilder;

internal static class Commands
{
    private const int ProgressEvery = 50_000_000;

    public static int Usage()
    {
        Console.Error.WriteLine("""
            BreachFilterBuilder: builds the breached-password filter the silo reads (docs/compromised-passwords.md).

              pwned <pwnedpasswords.txt | range-folder> <output>
                  from a Pwned Passwords SHA-1 download: the single HASH:COUNT file, or the folder of
                  5-hex-digit range files that `haveibeenpwned-downloader NAME -s false` writes
              passwords <list.json | list.txt> <output>
                  from plain passwords: a JSON array of strings, or one password a line (hashed with SHA-1)
              info <filter>
                  count, size and bits a password of a filter file
              check <filter>
                  reads passwords from standard input, one a line, and prints whether each might be breached
            """);
        return 2;
    }

    public static int Pwned(string input, string output)
    {
        var stats = new PwnedPasswordsReadStats();
        IEnumerable<string> hashes;
        if (Directory.Exists(input))
        {
            hashes = PwnedPasswordsReader.ReadRangeDirectory(input, stats);
        }
        else if (File.Exists(input))
        {
            var reader = new StreamReader(input, new FileStreamOptions { BufferSize = 1 << 20, Options = FileOptions.SequentialScan });
            hashes = Dispose(PwnedPasswordsReader.ReadFullFile(reader, stats), reader);
        }
        else
        {
            Console.Error.WriteLine($"No such file or folder: {input}");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var filter = BreachedPasswordFilter.Build(WithProgress(hashes, clock));
        Console.Error.WriteLine(
            $"read {stats.Hashes:N0} hashes from {(stats.Files > 0 ? $"{stats.Files:N0} range files" : "one file")}; skipped {stats.BlankLines:N0} blank, {stats.MalformedLines:N0} malformed, {stats.PaddingLines:N0} padding lines, {stats.SkippedFiles:N0} other files");
        if (stats.Hashes == 0)
        {
            Console.Error.WriteLine("no hashes found: is this a SHA-1 download (not NTLM)?");
            return 1;
        }

        Save(filter, output, clock);
        return 0;
    }

    public static int Passwords(string input, string output)
    {
        var passwords = input.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? JsonSerializer.Deserialize<List<string>>(File.ReadAllText(input)) ?? []
            : File.ReadLines(input).Where(line => line.Length > 0).ToList();
        var clock = Stopwatch.StartNew();
        var filter = BreachedPasswordFilter.Build(passwords.Select(BreachedPasswordFilter.KeyFromPassword));

        // Cheap here, unlike for the full corpus: prove there is no false negative before shipping.
        int missing = passwords.Count(p => !filter.MightContainPassword(p));
        if (missing > 0)
        {
            Console.Error.WriteLine($"{missing} passwords are missing from the filter just built");
            return 1;
        }

        Console.Error.WriteLine($"read {passwords.Count:N0} passwords ({filter.Count:N0} distinct keys)");
        Save(filter, output, clock);
        return 0;
    }

    public static int Info(string path)
    {
        var clock = Stopwatch.StartNew();
        using var filter = BreachedPasswordFilter.OpenMapped(path);
        Console.WriteLine($"{path}: {filter.Count:N0} passwords, {filter.SizeInBytes:N0} bytes of fingerprints ({BitsPerKey(filter):F2} bits a password), {new FileInfo(path).Length:N0} bytes on disk; checked in {clock.ElapsedMilliseconds} ms");
        return 0;
    }

    public static int Check(string path, TextReader input)
    {
        using var filter = BreachedPasswordFilter.OpenMapped(path);
        while (input.ReadLine() is { } password)
        {
            Console.WriteLine(filter.MightContainPassword(password) ? "breached (probably)" : "not found");
        }

        return 0;
    }

    private static void Save(BreachedPasswordFilter filter, string output, Stopwatch clock)
    {
        // Written beside the target and renamed over it: a silo mapping the old file keeps a consistent view.
        string temporary = output + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            filter.Save(stream);
        }

        File.Move(temporary, output, overwrite: true);
        Console.Error.WriteLine(
            $"wrote {output}: {filter.Count:N0} keys, {new FileInfo(output).Length:N0} bytes ({BitsPerKey(filter):F2} bits a key) in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static double BitsPerKey(BreachedPasswordFilter filter) => filter.Count == 0 ? 0 : 8.0 * filter.SizeInBytes / filter.Count;

    private static IEnumerable<string> WithProgress(IEnumerable<string> hashes, Stopwatch clock)
    {
        long seen = 0;
        foreach (string hash in hashes)
        {
            if (++seen % ProgressEvery == 0)
            {
                Console.Error.WriteLine($"{seen:N0} hashes read after {clock.Elapsed.TotalSeconds:F0} s");
            }

            yield return hash;
        }
    }

    private static IEnumerable<T> Dispose<T>(IEnumerable<T> items, IDisposable owner)
    {
        using (owner)
        {
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }
}
