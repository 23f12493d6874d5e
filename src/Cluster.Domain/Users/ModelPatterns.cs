using System.Buffers;
using System.Globalization;
using System.Text;

namespace Cluster.Domain.Users;

/// <summary>
/// The service model's character-class patterns, checked per code point (as Java's regex does), so an emoji
/// outside the Basic Multilingual Plane counts as one symbol rather than two surrogates.
/// </summary>
internal static class ModelPatterns
{
    public const string Username = @"[\p{L}\p{M}\p{S}\p{N}\p{P}]+";
    public const string AttributeName = @"[\p{L}\p{M}\p{S}\p{N}\p{P}\t\n\r ]+";

    /// <summary>Letters, marks, symbols, numbers and punctuation only; at least one.</summary>
    public static bool IsUsername(string value) => AllRunes(value, allowSpaces: false);

    /// <summary>As <see cref="IsUsername"/>, plus tab, newline, carriage return and space.</summary>
    public static bool IsAttributeName(string value) => AllRunes(value, allowSpaces: true);

    private static bool AllRunes(string value, bool allowSpaces)
    {
        if (value.Length == 0)
        {
            return false;
        }

        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            // A lone surrogate is not a code point and matches no class.
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done)
            {
                return false;
            }

            if (!IsAllowed(rune, allowSpaces))
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    private static bool IsAllowed(Rune rune, bool allowSpaces)
    {
        if (allowSpaces && rune.Value is '\t' or '\n' or '\r' or ' ')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => true,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => true,
            _ => false,
        };
    }
}
