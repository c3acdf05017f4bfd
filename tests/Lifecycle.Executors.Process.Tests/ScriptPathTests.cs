namespace Lifecycle.Executors.Process.Tests;

/// <summary>A script location is always inside the revision, as the agent joins it (reference §4.3).</summary>
public class ScriptPathTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "revision");

    [Theory]
    [InlineData("scripts/start.sh", "scripts/start.sh")]
    [InlineData("/scripts/start.sh", "scripts/start.sh")]
    [InlineData("scripts\\start.sh", "scripts/start.sh")]
    [InlineData("scripts/../start.sh", "start.sh")]
    public void ALocation_IsJoinedToTheRevision_EvenWhenItLooksAbsolute(string location, string inside) =>
        Assert.Equal(Path.Combine(Root, inside), ScriptPath.Resolve(Root, location));

    [Theory]
    [InlineData("../outside.sh")]
    [InlineData("scripts/../../outside.sh")]
    public void ALocationThatClimbsOut_IsNull(string location) => Assert.Null(ScriptPath.Resolve(Root, location));
}
