using System.Security.Cryptography;
using System.Text;
using Cluster.Domain.SigV4;

namespace Cluster.Domain.Tests.SigV4;

/// <summary>
/// A raw HTTP request from the suite's .req and .sreq files: request line, headers (a line starting with whitespace
/// continues the previous value), then the body after a blank line.
/// </summary>
internal sealed record SuiteRequest(string Method, string Path, string QueryString, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body)
{
    public static SuiteRequest Parse(string text)
    {
        var lines = text.Split('\n');
        var requestLine = lines[0];

        // The target may hold spaces ("/example space/"), so it runs from the first space to the last.
        var firstSpace = requestLine.IndexOf(' ', StringComparison.Ordinal);
        var lastSpace = requestLine.LastIndexOf(' ');
        var target = requestLine[(firstSpace + 1)..lastSpace];
        var question = target.IndexOf('?', StringComparison.Ordinal);

        var headers = new List<KeyValuePair<string, string>>();
        var index = 1;
        for (; index < lines.Length && lines[index].Length > 0; index++)
        {
            var line = lines[index];
            if (line[0] is ' ' or '\t')
            {
                // Folded value: kept as sent, line break and indentation included, for the signer to collapse.
                var previous = headers[^1];
                headers[^1] = new(previous.Key, previous.Value + "\n" + line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers.Add(new(line[..colon], line[(colon + 1)..]));
        }

        var body = index < lines.Length ? string.Join('\n', lines[(index + 1)..]) : string.Empty;
        return new SuiteRequest(
            requestLine[..firstSpace],
            question < 0 ? target : target[..question],
            question < 0 ? string.Empty : target[(question + 1)..],
            headers,
            body);
    }

    public SigV4Request ToSigV4Request() =>
        new(Method, Path, QueryString, Headers, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Body))));
}
