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
    private readonly List<OpenCollection> _open = new(8);
    private long _nodes;
    private bool _documentCut;
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
            var root = reader.ReadNode(parser, ref last);
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
        catch (Exception e) when (IsParserFailure(e))
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
        if (_documentCut)
        {
            return;
        }

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
        catch (Exception e) when (IsParserFailure(e))
        {
            UnreadFrom = SourceSpan.At(1, 1);
        }
    }

    /// <summary>
    /// What YamlDotNet throws on malformed input: its YamlException, and on some input (such as "a: [1, 2\nb: 3")
    /// exceptions of the runtime's own kinds.
    /// </summary>
    internal static bool IsParserFailure(Exception e) =>
        e is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException or IndexOutOfRangeException or NullReferenceException;

    internal static SourceSpan ToSpan(Mark start, Mark end) => new(
        (int)Math.Max(1, start.Line), (int)Math.Max(1, start.Column), (int)Math.Max(1, end.Line), (int)Math.Max(1, end.Column));

    // One open sequence or mapping: where its children start on the shared stacks, and a key waiting for its value.
    private readonly record struct OpenCollection(NodeEvent Start, long NodesBefore, int First, YamlNode? PendingKey);

    // Reads one node and everything under it with a stack of open collections, not the call stack, so that the
    // depth a document may have is the profile's MaxDepth and nothing else.
    private YamlNode ReadNode(Parser parser, ref Mark last)
    {
        var open = _open;
        while (true)
        {
            var current = parser.Current ?? throw new InvalidOperationException("unexpected end of the document");
            last = current.Start;
            YamlNode completed;
            switch (current)
            {
                case Scalar scalar:
                {
                    Count(1, current);
                    Advance(parser, endsDocument: open.Count == 0);
                    var style = scalar.Style switch
                    {
                        YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any => ScalarStyle.Plain,
                        YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded => ScalarStyle.Block,
                        _ => ScalarStyle.Quoted,
                    };
                    var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
                    completed = YamlScalar.Create(scalar.Value, style, tag, ToSpan(scalar.Start, scalar.End));
                    Remember(scalar.Anchor, completed, 1);
                    break;
                }

                case AnchorAlias alias:
                {
                    Count(1, current);
                    Advance(parser, endsDocument: open.Count == 0);
                    if (_anchors is null || !_anchors.TryGetValue(alias.Value.Value, out var anchored))
                    {
                        throw new YamlException(alias.Start, alias.End, $"found undefined alias '*{alias.Value.Value}'.");
                    }

                    Count(anchored.Size - 1, alias);
                    var node = new YamlAlias(alias.Value.Value, anchored.Node, ToSpan(alias.Start, alias.End));
                    (_aliases ??= []).Add(node);
                    completed = node;
                    break;
                }

                case SequenceStart or MappingStart:
                    Count(1, current);
                    CheckDepth(open.Count, current);
                    parser.MoveNext();
                    open.Add(new OpenCollection((NodeEvent)current, _nodes - 1, current is SequenceStart ? _nodeStack.Count : _entryStack.Count, null));
                    continue;

                case SequenceEnd or MappingEnd when open is [.., var top] && (current is SequenceEnd) == (top.Start is SequenceStart):
                {
                    Advance(parser, endsDocument: open.Count == 1);
                    open.RemoveAt(open.Count - 1);
                    var span = ToSpan(top.Start.Start, current.End);
                    completed = current is SequenceEnd
                        ? new YamlSequence(TreeStack.Pop(_nodeStack, top.First), span)
                        : new YamlMapping(TreeStack.Pop(_entryStack, top.First), span);
                    Close(top, completed);
                    break;
                }

                default:
                    throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name} in the document.");
            }

            if (open.Count == 0)
            {
                return completed;
            }

            var parent = open[^1];
            if (parent.Start is SequenceStart)
            {
                _nodeStack.Add(completed);
            }
            else if (parent.PendingKey is null)
            {
                open[^1] = parent with { PendingKey = completed };
            }
            else
            {
                _entryStack.Add(new YamlEntry(parent.PendingKey, completed));
                open[^1] = parent with { PendingKey = null };
            }
        }
    }

    // Past the last event of the root node, what comes is the document's end. libyaml gives Psych that end as soon
    // as the root is closed, and Psych stops there; YamlDotNet may instead refuse what follows the root. So an
    // error here is not the document's: it is recorded as where the unread text starts.
    private void Advance(Parser parser, bool endsDocument)
    {
        if (!endsDocument)
        {
            parser.MoveNext();
            return;
        }

        try
        {
            parser.MoveNext();
        }
        catch (YamlException e)
        {
            UnreadFrom = ToSpan(e.Start, e.Start);
            _documentCut = true;
        }
    }

    private void Close(OpenCollection collection, YamlNode node)
    {
        Remember(collection.Start.Anchor, node, _nodes - collection.NodesBefore);
        RememberTag(collection.Start is SequenceStart sequence ? sequence.Tag : ((MappingStart)collection.Start).Tag, node);
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
