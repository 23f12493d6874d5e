namespace Cluster.Domain.Policies;

/// <summary>
/// Substitutes <c>${key}</c>, <c>${key, 'default'}</c> and the escapes <c>${*}</c>, <c>${?}</c>, <c>${$}</c>
/// (policy language 2012-10-17 only; 2008-10-17 reads them as literal text).
/// </summary>
internal static class PolicyVariables
{
    /// <summary>
    /// The resolved pattern, or null when a variable has no value and no default: IAM then treats the element as
    /// matching nothing (a Resource matches no resource; a condition value equals no request value).
    /// A key with several values cannot stand in for one string, so it counts as having no value.
    /// </summary>
    public static PolicyPattern? Resolve(string policyText, RequestContext context, bool substitute, bool wildcards)
    {
        if (!substitute || !policyText.Contains("${", StringComparison.Ordinal))
        {
            return wildcards ? PolicyPattern.WithWildcards(policyText) : PolicyPattern.Literal(policyText);
        }

        var builder = new PolicyPatternBuilder();
        var i = 0;
        while (i < policyText.Length)
        {
            if (policyText[i] == '$' && i + 1 < policyText.Length && policyText[i + 1] == '{'
                && TryReadVariable(policyText, i, out var key, out var defaultValue, out var end))
            {
                var value = Lookup(key, defaultValue, context);
                if (value is null)
                {
                    return null;
                }

                builder.AppendLiteral(value);
                i = end;
                continue;
            }

            builder.AppendPolicyChar(policyText[i], wildcards);
            i++;
        }

        return builder.Build();
    }

    private static string? Lookup(string key, string? defaultValue, RequestContext context)
    {
        if (key is "*" or "?" or "$")
        {
            return key;
        }

        var values = context.GetValues(key);
        return values is { Count: 1 } ? values[0] : defaultValue;
    }

    /// <summary>Reads <c>${key}</c> or <c>${key, 'default'}</c> starting at <paramref name="start"/>; anything malformed stays literal text.</summary>
    private static bool TryReadVariable(string text, int start, out string key, out string? defaultValue, out int end)
    {
        key = string.Empty;
        defaultValue = null;
        end = start;

        var keyStart = start + 2;
        var keyEnd = text.IndexOfAny([',', '}'], keyStart);
        if (keyEnd < 0)
        {
            return false;
        }

        key = text[keyStart..keyEnd].Trim();
        if (key.Length == 0)
        {
            return false;
        }

        if (text[keyEnd] == '}')
        {
            end = keyEnd + 1;
            return true;
        }

        var quote = SkipSpaces(text, keyEnd + 1);
        if (quote >= text.Length || text[quote] != '\'')
        {
            return false;
        }

        var closingQuote = text.IndexOf('\'', quote + 1);
        if (closingQuote < 0)
        {
            return false;
        }

        var brace = SkipSpaces(text, closingQuote + 1);
        if (brace >= text.Length || text[brace] != '}')
        {
            return false;
        }

        defaultValue = text[(quote + 1)..closingQuote];
        end = brace + 1;
        return true;
    }

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && text[index] == ' ')
        {
            index++;
        }

        return index;
    }
}
