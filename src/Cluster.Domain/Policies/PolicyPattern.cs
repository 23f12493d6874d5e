namespace Cluster.Domain.Policies;

/// <summary>
/// A policy string after variable substitution. Which characters are wildcards is fixed by the policy text itself,
/// so substituted request values (a user's <c>sub</c>) and the <c>${*}</c> / <c>${?}</c> escapes always match literally.
/// </summary>
internal sealed class PolicyPattern
{
    private const int ArnSegmentCount = 6;

    private readonly bool[] wildcard;

    internal PolicyPattern(string text, bool[] wildcard)
    {
        Text = text;
        this.wildcard = wildcard;
    }

    public string Text { get; }

    /// <summary>A lone <c>*</c> wildcard, which matches any value, ARN or not.</summary>
    public bool MatchesEverything => Text.Length == 1 && wildcard[0] && Text[0] == '*';

    public static PolicyPattern Literal(string text) => new(text, new bool[text.Length]);

    public static PolicyPattern WithWildcards(string text) => new(text, [.. text.Select(IsWildcardChar)]);

    public static bool IsWildcardChar(char c) => c is '*' or '?';

    /// <summary>Glob match where <c>*</c> spans any run of characters and <c>?</c> exactly one.</summary>
    public bool IsLike(string value, bool ignoreCase)
    {
        int p = 0, v = 0, starP = -1, starV = 0;
        while (v < value.Length)
        {
            if (p < Text.Length && IsWild(p, '*'))
            {
                starP = p++;
                starV = v;
            }
            else if (p < Text.Length && (IsWild(p, '?') || CharsEqual(Text[p], value[v], ignoreCase)))
            {
                p++;
                v++;
            }
            else if (starP >= 0)
            {
                // Let the last star swallow one more character and retry from there.
                p = starP + 1;
                v = ++starV;
            }
            else
            {
                return false;
            }
        }

        while (p < Text.Length && IsWild(p, '*'))
        {
            p++;
        }

        return p == Text.Length;
    }

    /// <summary>
    /// ARN match: the first five colon-delimited components are matched one by one (a wildcard never crosses a colon there);
    /// the sixth, the resource part, is everything after the fifth colon and may itself hold colons.
    /// </summary>
    public bool IsArnLike(string arn)
    {
        if (MatchesEverything)
        {
            return true;
        }

        var patternSegments = SplitArn();
        var valueSegments = arn.Split(':', ArnSegmentCount);
        if (patternSegments is null || valueSegments.Length != ArnSegmentCount)
        {
            return false;
        }

        for (var i = 0; i < ArnSegmentCount; i++)
        {
            if (!patternSegments[i].IsLike(valueSegments[i], ignoreCase: false))
            {
                return false;
            }
        }

        return true;
    }

    private PolicyPattern[]? SplitArn()
    {
        var segments = new PolicyPattern[ArnSegmentCount];
        var start = 0;
        for (var i = 0; i < ArnSegmentCount - 1; i++)
        {
            var colon = Text.IndexOf(':', start);
            if (colon < 0)
            {
                return null;
            }

            segments[i] = Slice(start, colon - start);
            start = colon + 1;
        }

        segments[ArnSegmentCount - 1] = Slice(start, Text.Length - start);
        return segments;
    }

    private PolicyPattern Slice(int start, int length) => new(Text.Substring(start, length), wildcard[start..(start + length)]);

    private bool IsWild(int index, char kind) => wildcard[index] && Text[index] == kind;

    private static bool CharsEqual(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
}
