using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.Diagnostics;

/// <summary>Where a finding is: 1-based lines and columns, an exclusive end, printed as line:column-line:column.</summary>
public class SourceSpanTests
{
    [Fact]
    public void At_IsAPoint_WhoseEndIsItsStart()
    {
        var point = SourceSpan.At(3, 7);

        Assert.Equal((3, 7, 3, 7), (point.Line, point.Column, point.EndLine, point.EndColumn));
        Assert.Equal("3:7-3:7", point.ToString());
    }

    [Fact]
    public void TheSpanOfAFinding_EndsJustAfterItsLastCharacter()
    {
        // "timeout: abc" on line 4: the value abc is columns 14 to 16, so the span ends at 17.
        var document = AppSpecReaderText("version: 0.0\nos: linux\nhooks:\n  ApplicationStart:\n    - location: a.sh\n      timeout: abc\n");
        var timeout = Assert.Single(document, d => d.Code == "APP108");

        Assert.Equal(new SourceSpan(6, 16, 6, 19), timeout.Span);
    }

    private static IReadOnlyList<Diagnostic> AppSpecReaderText(string yaml) => Core.CodeDeploy.AppSpec.AppSpecReader.Read(yaml).Diagnostics;
}
