using System.Globalization;
using System.Text;

namespace Lifecycle.Emulator.Wire;

/// <summary>
/// The parameters of a query-protocol request (<c>Action=...&amp;Version=...</c>, form-encoded), read strictly:
/// a bad percent escape or bytes that are not UTF-8 are a <c>MalformedQueryString</c>, not a guess. Lists come as
/// <c>Name.member.N</c> (Auto Scaling, SNS) or <c>Name.N</c> (SQS), structures as <c>Name.Field</c>.
/// </summary>
internal sealed class QueryParameters
{
    private readonly Dictionary<string, string> _values;

    private QueryParameters(Dictionary<string, string> values) => _values = values;

    public int Count => _values.Count;

    public IEnumerable<KeyValuePair<string, string>> All => _values;

    /// <summary>Reads <c>a=1&amp;b=2</c>; the first of a repeated name counts (as for AWS, which takes one).</summary>
    public static QueryParameters Parse(ReadOnlySpan<byte> form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!form.IsEmpty)
        {
            var end = form.IndexOf((byte)'&');
            var pair = end < 0 ? form : form[..end];
            form = end < 0 ? [] : form[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }

            var eq = pair.IndexOf((byte)'=');
            var name = Decode(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Decode(pair[(eq + 1)..]);
            values.TryAdd(name, value);
        }

        return new QueryParameters(values);
    }

    public static QueryParameters Merge(QueryParameters first, QueryParameters second)
    {
        var values = new Dictionary<string, string>(first._values, StringComparer.Ordinal);
        foreach (var (k, v) in second._values)
        {
            values.TryAdd(k, v);
        }

        return new QueryParameters(values);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.IndexOfAny((byte)'%', (byte)'+') < 0)
        {
            return Utf8(encoded);
        }

        var bytes = new byte[encoded.Length];
        var n = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == '+')
            {
                bytes[n++] = (byte)' ';
            }
            else if (b == '%')
            {
                if (i + 2 >= encoded.Length || Hex(encoded[i + 1]) is not { } hi || Hex(encoded[i + 2]) is not { } lo)
                {
                    throw Malformed($"a '%' at byte {i + 1} of a parameter is not followed by two hexadecimal digits");
                }

                bytes[n++] = (byte)((hi << 4) | lo);
                i += 2;
            }
            else
            {
                bytes[n++] = b;
            }
        }

        return Utf8(bytes.AsSpan(0, n));
    }

    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Malformed("a parameter is not UTF-8 text");
        }
    }

    private static int? Hex(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => null,
    };

    // AWS's common error for a query string it cannot read (CommonErrors: MalformedQueryString, HTTP 404).
    private static ServiceError Malformed(string what) =>
        new("MalformedQueryString", $"The query string contains a syntax error: {what}. Encode each name and value as application/x-www-form-urlencoded UTF-8.", 404);

    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw ServiceError.MissingParameter(name);

    public int? Int(string name)
    {
        if (Get(name) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ServiceError.Validation($"The value '{text}' of {name} is not an integer.");
    }

    public int RequiredInt(string name) => Int(name) ?? throw ServiceError.MissingParameter(name);

    public bool? Bool(string name) => Get(name) switch
    {
        null => null,
        var t when t.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var t when t.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var t => throw ServiceError.Validation($"The value '{t}' of {name} is not a boolean (true or false)."),
    };

    public bool Has(string prefix)
    {
        foreach (var key in _values.Keys)
        {
            if (key.Length > prefix.Length ? key.StartsWith(prefix, StringComparison.Ordinal) && key[prefix.Length] == '.' : key == prefix)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The strings of a list: <c>{name}.member.1</c>, <c>.2</c>... (or <c>{name}.1</c> with <paramref name="member"/> off).</summary>
    public List<string> List(string name, bool member = true)
    {
        var list = new List<string>();
        var prefix = member ? name + ".member." : name + ".";
        for (var i = 1; Get(prefix + i.ToString(CultureInfo.InvariantCulture)) is { } value; i++)
        {
            list.Add(value);
        }

        return list;
    }

    /// <summary>The structures of a list, each as the parameters under <c>{name}.member.N.</c>, read in one pass.</summary>
    public List<QueryParameters> Structures(string name, bool member = true)
    {
        var prefix = member ? name + ".member." : name + ".";
        var items = new Dictionary<int, Dictionary<string, string>>();
        foreach (var (key, value) in _values)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key.AsSpan(prefix.Length);
            var dot = rest.IndexOf('.');
            if (dot > 0 && int.TryParse(rest[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 1)
            {
                if (!items.TryGetValue(index, out var fields))
                {
                    items[index] = fields = new(StringComparer.Ordinal);
                }

                fields[rest[(dot + 1)..].ToString()] = value;
            }
        }

        var list = new List<QueryParameters>(items.Count);
        for (var i = 1; items.TryGetValue(i, out var fields); i++)
        {
            list.Add(new QueryParameters(fields));
        }

        return list;
    }

    /// <summary>The parameters under <c>{name}.</c>, with the prefix taken off; null when there are none.</summary>
    public QueryParameters? Structure(string name)
    {
        var prefix = name + ".";
        Dictionary<string, string>? values = null;
        foreach (var (key, value) in _values)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                (values ??= new(StringComparer.Ordinal))[key[prefix.Length..]] = value;
            }
        }

        return values is null ? null : new QueryParameters(values);
    }
}
