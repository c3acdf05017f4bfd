using System.Text.Json;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.Diagnostics;

/// <summary>How much a finding matters: an error fails the deployment or the call, a warning is almost surely a mistake.</summary>
public class DiagnosticSeverityTests
{
    [Theory]
    [InlineData(DiagnosticSeverity.Info, "Info")]
    [InlineData(DiagnosticSeverity.Warning, "Warning")]
    [InlineData(DiagnosticSeverity.Error, "Error")]
    public void EachValue_IsWrittenAs(DiagnosticSeverity value, string written)
    {
        Assert.Equal($"\"{written}\"", JsonSerializer.Serialize(value));
        Assert.Equal(3, Enum.GetValues<DiagnosticSeverity>().Length);
    }

    [Fact]
    public void AnErrorIsTheMostSevere_AndOnlyErrorsAreErrors()
    {
        Assert.True(DiagnosticSeverity.Error > DiagnosticSeverity.Warning && DiagnosticSeverity.Warning > DiagnosticSeverity.Info);
        Assert.True(new Diagnostic("X", DiagnosticSeverity.Error, "m", string.Empty, null).IsError);
        Assert.False(new Diagnostic("X", DiagnosticSeverity.Warning, "m", string.Empty, null).IsError);
    }
}
