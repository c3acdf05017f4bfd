using System.Globalization;
using System.Text;

namespace Lifecycle.Core.Diagnostics;

/// <summary>How a diagnostic's message shows what the user wrote.</summary>
internal static class MessageText
{
    /// <summary>Quotes a user value for a message, shortening a long one and escaping control characters.</summary>
    public static string Quote(string value)
    {
        const int Shown = 60;
        var builder = new StringBuilder(Math.Min(value.Length, Shown) + 8).Append('"');
        foreach (var c in value.Length > Shown ? value.AsSpan(0, Shown) : value.AsSpan())
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '"' => builder.Append("\\\""),
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        if (value.Length > Shown)
        {
            builder.Append("...");
        }

        return builder.Append('"').ToString();
    }
}
