using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.Diagnostics;

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

    [Fact]
    public void Result_ValueOfAFailure_ThrowsWithTheErrors()
    {
        var failure = ValueParsing.Read<LifecycleHookName>("no spaces");

        Assert.False(failure.TryGetValue(out _));
        var e = Assert.Throws<InvalidOperationException>(() => failure.Value);
        Assert.Contains("ASH103", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_Factories_GuardTheirContracts()
    {
        var error = new Diagnostic("E", DiagnosticSeverity.Error, "m", "");
        var warning = new Diagnostic("W", DiagnosticSeverity.Warning, "m", "");

        Assert.Throws<ArgumentException>(() => Result.Success(1, [error]));
        Assert.Throws<ArgumentException>(() => Result.Failure<int>([warning]));
        Assert.Equal(5, Result.Success(5, [warning]).Value);
        Assert.Single(Result.Failure<int>([error]).Errors);
    }
}
