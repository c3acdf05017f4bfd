using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.Diagnostics;

/// <summary>What <see cref="Result"/>.</summary>
public class ResultTests
{
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
