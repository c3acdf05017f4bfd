using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.Diagnostics;

/// <summary>What Parse throws: a FormatException that carries the findings TryParse keeps quiet.</summary>
public class DiagnosticFormatExceptionTests
{
    [Fact]
    public void Parse_OfABadValue_ThrowsItWithTheRulesCodeAndWords()
    {
        var thrown = Assert.Throws<DiagnosticFormatException>(() => LifecycleHookName.Parse("bad name"));

        Assert.IsAssignableFrom<FormatException>(thrown);
        var finding = Assert.Single(thrown.Diagnostics);
        Assert.Equal("ASH103", finding.Code);
        Assert.Equal($"ASH103: {finding.Message}", thrown.Message);
    }

    [Fact]
    public void ItsMessage_ListsTheErrorsOnly_OnePerLine()
    {
        var thrown = new DiagnosticFormatException(
        [
            new Diagnostic("X1", DiagnosticSeverity.Error, "first", string.Empty, null),
            new Diagnostic("X2", DiagnosticSeverity.Warning, "a warning", string.Empty, null),
            new Diagnostic("X3", DiagnosticSeverity.Error, "second", string.Empty, null),
        ]);

        Assert.Equal("X1: first\nX3: second", thrown.Message);
        Assert.Equal(3, thrown.Diagnostics.Count);
        Assert.Throws<ArgumentNullException>(() => new DiagnosticFormatException(null!));
    }
}
