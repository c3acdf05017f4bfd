using System.Text;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.Diagnostics;

/// <summary>Byte offsets to lines and columns: the counting it carries over between calls never changes an answer.</summary>
public class Utf8LineMapTests
{
    [Fact]
    public void Locate_CountsColumnsInUtf16Characters()
    {
        var map = new Utf8LineMap(Encoding.UTF8.GetBytes("ab\né😀x"));

        Assert.Equal((1, 3), map.Locate(2));
        Assert.Equal((2, 2), map.Locate(5));
        Assert.Equal((2, 4), map.Locate(9));
        Assert.Equal((2, 1), map.Locate(3));
    }

    [Property]
    public bool Property_AnyOffsetsInAnyOrder_LocateAsAFreshMapDoes(string text, int[] offsets)
    {
        var bytes = Encoding.UTF8.GetBytes(text ?? string.Empty);
        var reused = new Utf8LineMap(bytes);
        return (offsets ?? []).All(o =>
        {
            var offset = (long)Math.Abs((long)o) % (bytes.Length + 1);
            return reused.Locate(offset) == new Utf8LineMap(bytes).Locate(offset);
        });
    }
}
