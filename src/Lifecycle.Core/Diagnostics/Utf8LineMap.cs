namespace Lifecycle.Core.Diagnostics;

/// <summary>
/// Turns byte offsets in UTF-8 text into 1-based lines and columns, counting columns in UTF-16 characters
/// as editors do.
/// </summary>
internal sealed class Utf8LineMap
{
    private readonly ReadOnlyMemory<byte> _text;
    private readonly List<int> _lineStarts = [0];

    // The last column counted: readers ask for positions in increasing order, so counting goes on from there
    // and a document on one long line costs linear time, not the square of its length.
    private (int LineStart, int Offset, int Column) _last = (-1, 0, 1);

    public Utf8LineMap(ReadOnlyMemory<byte> text)
    {
        _text = text;
        var span = text.Span;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line and column of a byte offset.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var clamped = (int)Math.Clamp(offset, 0, _text.Length);
        var index = _lineStarts.BinarySearch(clamped);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, ColumnOf(_lineStarts[line], clamped));
    }

    /// <summary>The 1-based line and column of a byte position within a 0-based line (as <c>JsonException</c> gives them).</summary>
    public (int Line, int Column) Locate(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        var start = _lineStarts[line];
        var offset = (int)Math.Clamp(start + bytePositionInLine, start, _text.Length);
        return (line + 1, ColumnOf(start, offset));
    }

    /// <summary>The span from one byte offset to another.</summary>
    public SourceSpan Span(long start, long end)
    {
        var (line, column) = Locate(start);
        var (endLine, endColumn) = Locate(end);
        return new SourceSpan(line, column, endLine, endColumn);
    }

    private int ColumnOf(int lineStart, int offset)
    {
        var span = _text.Span;
        var (from, column) = _last.LineStart == lineStart && _last.Offset <= offset ? (_last.Offset, _last.Column) : (lineStart, 1);
        for (var i = from; i < offset; i++)
        {
            var b = span[i];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte belongs to the character before it
            }

            column += b >= 0xF0 ? 2 : 1; // four-byte sequences are two UTF-16 characters
        }

        _last = (lineStart, offset, column);
        return column;
    }
}
