using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cluster.Domain.Tokens;

/// <summary>How token JSON is written: compact, and with '+', '&amp;' or non-ASCII left as they are, since a JWT is never embedded in HTML.</summary>
internal static class JwtJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };
}
