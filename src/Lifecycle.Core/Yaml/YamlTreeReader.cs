using Lifecycle.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Lifecycle.Core.Yaml;

/// <summary>
/// Reads the first YAML document of a text into a <see cref="YamlNode"/> tree with the start and end of every
/// node, through YamlDotNet's event parser. Never throws: a syntax error, any exception of the parser, or a
/// document past the bounds of its <see cref="TreeReadProfile"/> becomes a diagnostic and a null root. Aliases stay references
/// to their anchored node (no copying), and their expansion counts against <see cref="TreeReadProfile.MaxNodes"/>,
/// so a "billion laughs" document is refused at once.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly TreeReadProfile _limits;
    private readonly List<Diagnostic> _diagnostics;
    private Dictionary<string, (YamlNode Node, long Size)>? _anchors;
    // Sized for real documents: a few open collections with a handful of children each.
    private readonly List<YamlNode> _nodeStack = new(8);
    private readonly List<YamlEntry> _entryStack = new(16);
    private long _nodes;
    private List<YamlAlias>? _aliases;
    private Dictionary<YamlNode, string>? _collectionTags;

    private YamlTreeReader(TreeReadProfile limits, List<Diagnostic> diagnostics)
    {
        _limits = limits;
        _diagnostics = diagnostics;
    }

    /// <summary>True when the document had more than one YAML document (only the first is read, as YAML.load does).</summary>
    public bool HasMoreDocuments { get; private set; }

    /// <summary>Where text that is neither a comment nor another document follows the first document; null when none does.</summary>
    public SourceSpan? UnreadFrom { get; private set; }

    /// <summary>The tags written on sequences and mappings (<c>!If [...]</c>), kept apart since few documents have any.</summary>
    public IReadOnlyDictionary<YamlNode, string> CollectionTags => _collectionTags ?? (IReadOnlyDictionary<YamlNode, string>)EmptyTags;

    private static readonly Dictionary<YamlNode, string> EmptyTags = new(ReferenceEqualityComparer.Instance);

    /// <summary>The aliases the document uses, in order.</summary>
    public IReadOnlyList<YamlAlias> Aliases => _aliases ?? (IReadOnlyList<YamlAlias>)[];

    /// <summary>Reads <paramref name="text"/>; use <see cref="DocumentTree.Read"/>, which applies the length bound and the BOM policy first.</summary>
    internal static (YamlNode? Root, YamlTreeReader Reader) Read(string text, TreeReadProfile limits, List<Diagnostic> diagnostics)
    {
        var reader = new YamlTreeReader(limits, diagnostics);
        Mark last = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return (null, reader);
            }

            var document = parser.Consume<DocumentStart>();
            last = document.End;
            var root = reader.ReadNode(parser, depth: 0, ref last);
            reader.ReadPastDocument(parser);
            return (root, reader);
        }
        catch (YamlException e)
        {
            diagnostics.Add(new Diagnostic(limits.SyntaxCode, DiagnosticSeverity.Error,
                $"The YAML cannot be read: {Describe(e)} Fix the indentation or the punctuation here{limits.SyntaxAdvice}",
                string.Empty, ToSpan(e.Start, e.End)));
        }
        catch (TreeLimitExceededException e)
        {
            diagnostics.Add(e.Diagnostic);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet throws more than YamlException on some malformed input (such as "a: [1, 2\nb: 3").
            diagnostics.Add(new Diagnostic(limits.SyntaxCode, DiagnosticSeverity.Error,
                $"The YAML cannot be read: the parser stopped near here ({e.Message.TrimEnd('.')}). Check for an unclosed bracket or quote.",
                string.Empty, ToSpan(last, last)));
        }

        return (null, reader);
    }

    // Psych's YAML.load returns at the end of the first document and never parses what follows it, so nothing
    // there is an error; what follows is only recorded.
    private void ReadPastDocument(Parser parser)
    {
        try
        {
            var end = parser.Consume<DocumentEnd>();
            if (parser.Current is DocumentStart)
            {
                HasMoreDocuments = true;
            }
            else if (parser.Current is not StreamEnd)
            {
                UnreadFrom = ToSpan(end.End, end.End);
            }
        }
        catch (YamlException e)
        {
            UnreadFrom = ToSpan(e.Start, e.Start);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException or NullReferenceException)
        {
            UnreadFrom = SourceSpan.At(1, 1);
        }
    }

    internal static SourceSpan ToSpan(Mark start, Mark end) => new(
        (int)Math.Max(1, start.Line), (int)Math.Max(1, start.Column), (int)Math.Max(1, end.Line), (int)Math.Max(1, end.Column));

    private YamlNode ReadNode(IParser parser, int depth, ref Mark last)
    {
        var current = parser.Current ?? throw new InvalidOperationException("unexpected end of the document");
        last = current.Start;
        Count(1, current);
        switch (current)
        {
            case Scalar scalar:
            {
                parser.MoveNext();
                var style = scalar.Style switch
                {
                    YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any => ScalarStyle.Plain,
                    YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded => ScalarStyle.Block,
                    _ => ScalarStyle.Quoted,
                };
                var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
                var node = YamlScalar.Create(scalar.Value, style, tag, ToSpan(scalar.Start, scalar.End));
                Remember(scalar.Anchor, node, 1);
                return node;
            }

            case AnchorAlias alias:
            {
                parser.MoveNext();
                var span = ToSpan(alias.Start, alias.End);
                if (_anchors is null || !_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    throw new YamlException(alias.Start, alias.End, $"found undefined alias '*{alias.Value.Value}'.");
                }

                Count(anchored.Size - 1, alias);
                var node = new YamlAlias(alias.Value.Value, anchored.Node, span);
                (_aliases ??= []).Add(node);
                return node;
            }

            case SequenceStart start:
            {
                CheckDepth(depth, start);
                parser.MoveNext();
                var before = _nodes;
                var first = _nodeStack.Count;
                while (parser.Current is not SequenceEnd)
                {
                    var item = ReadNode(parser, depth + 1, ref last);
                    _nodeStack.Add(item);
                }

                var end = parser.Consume<SequenceEnd>();
                var node = new YamlSequence(TreeStack.Pop(_nodeStack, first), ToSpan(start.Start, end.End));
                Remember(start.Anchor, node, _nodes - before + 1);
                RememberTag(start.Tag, node);
                return node;
            }

            case MappingStart start:
            {
                CheckDepth(depth, start);
                parser.MoveNext();
                var before = _nodes;
                var first = _entryStack.Count;
                while (parser.Current is not MappingEnd)
                {
                    var key = ReadNode(parser, depth + 1, ref last);
                    var value = ReadNode(parser, depth + 1, ref last);
                    _entryStack.Add(new YamlEntry(key, value));
                }

                var end = parser.Consume<MappingEnd>();
                var node = new YamlMapping(TreeStack.Pop(_entryStack, first), ToSpan(start.Start, end.End));
                Remember(start.Anchor, node, _nodes - before + 1);
                RememberTag(start.Tag, node);
                return node;
            }

            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name} in the document.");
        }
    }

    private void RememberTag(TagName tag, YamlNode node)
    {
        if (!tag.IsEmpty && !tag.IsNonSpecific)
        {
            (_collectionTags ??= new Dictionary<YamlNode, string>(ReferenceEqualityComparer.Instance))[node] = tag.Value;
        }
    }

    private void Remember(AnchorName anchor, YamlNode node, long size)
    {
        if (!anchor.IsEmpty)
        {
            (_anchors ??= new Dictionary<string, (YamlNode Node, long Size)>(StringComparer.Ordinal))[anchor.Value] = (node, size);
        }
    }

    private void Count(long nodes, ParsingEvent at)
    {
        _nodes += nodes;
        if (_nodes > _limits.MaxNodes)
        {
            throw new TreeLimitExceededException(_limits.TooManyNodes(throughAliases: at is AnchorAlias, ToSpan(at.Start, at.End)));
        }
    }

    private void CheckDepth(int depth, ParsingEvent at)
    {
        if (depth >= _limits.MaxDepth)
        {
            throw new TreeLimitExceededException(_limits.TooDeep(ToSpan(at.Start, at.End)));
        }
    }

    // YamlDotNet's messages repeat the position ("(Line: 3, Col: 5, Idx: 20) - (...): "); the span carries it.
    private static string Describe(YamlException e)
    {
        var message = e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && cut > 0)
        {
            message = message[(cut + 3)..];
        }

        message = message.Trim();
        return message.EndsWith('.') ? message : message + ".";
    }
}
