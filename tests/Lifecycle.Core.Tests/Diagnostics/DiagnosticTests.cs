using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.Diagnostics;

/// <summary>What <see cref="Diagnostic"/>.</summary>
public class DiagnosticTests
{
    [Fact]
    public void ToString_PrintsAsACompilerDoes()
    {
        var d = new Diagnostic("ASH108", DiagnosticSeverity.Error, "too long", "HeartbeatTimeout", SourceSpan.At(3, 22));

        Assert.Equal("3:22: error ASH108: too long", d.ToString());
        Assert.Equal("warning ASH007: x", new Diagnostic("ASH007", DiagnosticSeverity.Warning, "x", "").ToString());
    }

    [Theory]
    [InlineData("HeartbeatTimeout", "[1]", "[1].HeartbeatTimeout")]
    [InlineData("[0]", "LifecycleHookNames", "LifecycleHookNames[0]")]
    [InlineData("", "[2]", "[2]")]
    [InlineData("X", "", "X")]
    public void WithPathPrefix_JoinsPaths(string path, string prefix, string expected) =>
        Assert.Equal(expected, new Diagnostic("C", DiagnosticSeverity.Info, "m", path).WithPathPrefix(prefix).Path);
}
