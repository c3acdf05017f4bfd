using System.Text;
using System.Xml;

namespace Lifecycle.Emulator.Wire;

/// <summary>
/// The XML answers of the query protocol (Auto Scaling, SNS, SQS's older clients):
/// <c>&lt;{Action}Response xmlns="..."&gt;&lt;{Action}Result&gt;...&lt;/{Action}Result&gt;&lt;ResponseMetadata&gt;&lt;RequestId&gt;</c>,
/// and the error envelope <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;</c>.
/// </summary>
internal static class QueryXml
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        OmitXmlDeclaration = false,
        CheckCharacters = false, // text is cleaned by Text(), so a hostile name cannot break the document
        Indent = false,
    };

    /// <summary>An answer; <paramref name="result"/> writes the inside of <c>{Action}Result</c>, or null for operations with no output.</summary>
    public static byte[] Success(string action, string xmlNamespace, string requestId, Action<XmlWriter>? result)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement(action + "Response", xmlNamespace);
            if (result is not null)
            {
                w.WriteStartElement(action + "Result");
                result(w);
                w.WriteEndElement();
            }

            w.WriteStartElement("ResponseMetadata");
            Element(w, "RequestId", requestId);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return buffer.ToArray();
    }

    public static byte[] Error(string xmlNamespace, ServiceError error, string requestId)
    {
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, Settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("ErrorResponse", xmlNamespace);
            w.WriteStartElement("Error");
            Element(w, "Type", error.SenderFault ? "Sender" : "Receiver");
            Element(w, "Code", error.QueryCode ?? error.Code);
            Element(w, "Message", error.Message);
            w.WriteEndElement();
            Element(w, "RequestId", requestId);
            w.WriteEndElement();
        }

        return buffer.ToArray();
    }

    public static void Element(XmlWriter w, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        w.WriteStartElement(name);
        w.WriteString(Text(value));
        w.WriteEndElement();
    }

    public static void Element(XmlWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            Element(w, name, v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public static void Element(XmlWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            Element(w, name, v ? "true" : "false");
        }
    }

    public static void Element(XmlWriter w, string name, DateTimeOffset value) =>
        Element(w, name, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A list as AWS writes it: <c>&lt;Name&gt;&lt;member&gt;...&lt;/member&gt;&lt;/Name&gt;</c>.</summary>
    public static void Members<T>(XmlWriter w, string name, IEnumerable<T> items, Action<XmlWriter, T> item)
    {
        w.WriteStartElement(name);
        foreach (var i in items)
        {
            w.WriteStartElement("member");
            item(w, i);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    public static void StringMembers(XmlWriter w, string name, IEnumerable<string> items) =>
        Members(w, name, items, static (w, s) => w.WriteString(Text(s)));

    /// <summary>
    /// Writes back a structure given in a request (a LaunchTemplate, a MixedInstancesPolicy) as the same shape in
    /// XML: <c>A.B.member.1.C=v</c> becomes <c>&lt;A&gt;&lt;B&gt;&lt;member&gt;&lt;C&gt;v&lt;/C&gt;...</c>.
    /// </summary>
    public static void Echo(XmlWriter w, string name, QueryParameters parameters)
    {
        var root = new EchoNode();
        foreach (var (key, value) in parameters.All)
        {
            var node = root;
            foreach (var part in key.Split('.'))
            {
                node = node.Child(part);
            }

            node.Value = value;
        }

        w.WriteStartElement(name);
        root.WriteChildren(w);
        w.WriteEndElement();
    }

    private sealed class EchoNode
    {
        private readonly SortedDictionary<string, EchoNode> _children = new(Comparer<string>.Create(CompareParts));

        public string? Value { get; set; }

        public EchoNode Child(string part)
        {
            if (!_children.TryGetValue(part, out var child))
            {
                _children[part] = child = new EchoNode();
            }

            return child;
        }

        public void WriteChildren(XmlWriter w)
        {
            if (Value is not null && _children.Count == 0)
            {
                w.WriteString(Text(Value));
                return;
            }

            foreach (var (part, child) in _children)
            {
                if (part == "member")
                {
                    foreach (var (_, item) in child._children)
                    {
                        w.WriteStartElement("member");
                        item.WriteChildren(w);
                        w.WriteEndElement();
                    }
                }
                else if (IsName(part))
                {
                    w.WriteStartElement(part);
                    child.WriteChildren(w);
                    w.WriteEndElement();
                }
            }
        }

        private static bool IsName(string part) => part.Length > 0 && char.IsAsciiLetter(part[0]) && part.All(char.IsAsciiLetterOrDigit);

        private static int CompareParts(string a, string b) =>
            int.TryParse(a, out var x) && int.TryParse(b, out var y) ? x.CompareTo(y) : string.CompareOrdinal(a, b);
    }

    /// <summary>The text with every character XML 1.0 cannot hold replaced by U+FFFD.</summary>
    public static string Text(string value)
    {
        var bad = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (!XmlConvert.IsXmlChar(value[i]) && !(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
            {
                bad = i;
                break;
            }

            if (char.IsHighSurrogate(value[i]))
            {
                i++;
            }
        }

        if (bad < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
            }
        }

        return builder.ToString();
    }
}
