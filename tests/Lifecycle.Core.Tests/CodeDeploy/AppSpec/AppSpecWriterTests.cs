using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>
/// The writer gives YAML that the agent reads back as the same model: every text double-quoted with YAML's escapes,
/// whatever it holds. (The property over generated AppSpecs is in <see cref="AppSpecReaderTests"/>.)
/// </summary>
public class AppSpecWriterTests
{
    [Theory]
    [InlineData("scripts/start.sh")]
    [InlineData("a: b # not a comment")]
    [InlineData("line\nbreak\ttab \"quoted\" back\\slash")]
    [InlineData("\u0007bell \u2028separator \uFEFFbom")]
    [InlineData("0.0")]
    [InlineData("true")]
    public void AnyLocation_IsWrittenSoThatItReadsBackAsWritten(string location)
    {
        var spec = new ServerAppSpec
        {
            Version = "0.0",
            Os = "linux",
            Hooks = [new AppSpecHook { LifecycleEvent = LifecycleEventName.ApplicationStart, Scripts = [new HookScript { Location = location, Timeout = ScriptTimeout.FromSeconds(30), RunAs = "app" }] }],
            Files = [],
            Permissions = [],
        };

        var yaml = AppSpecWriter.Write(spec);
        var read = AppSpecReader.Read(yaml).Server!;

        Assert.Equal(spec.Hooks[0].Scripts[0], read.Hooks[0].Scripts[0]);
        Assert.DoesNotContain('\u0007', yaml);
    }

    [Fact]
    public void TheVersion_IsTheNumberTheAgentCompares_NotAString()
    {
        var yaml = AppSpecWriter.Write(new ServerAppSpec { Version = "0.0", Os = "linux", Hooks = [], Files = [], Permissions = [] });

        Assert.StartsWith("version: 0.0\n", yaml, StringComparison.Ordinal);
        Assert.True(AppSpecReader.Read(yaml).IsValid);
    }
}
