using System.Text.RegularExpressions;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Cli.Tests;

/// <summary>
/// The hooks of .pre-commit-hooks.yaml: their file patterns pick the files they should, and their entry, with the
/// file names pre-commit appends, is a command the tool runs as it should.
/// </summary>
public partial class PreCommitHookTests
{
    private static readonly Dictionary<string, (string Entry, Regex Files, Regex? Exclude)> Hooks = Read();

    [Theory]
    [InlineData("lifecycle-appspec-validate", "appspec.yml", true)]
    [InlineData("lifecycle-appspec-validate", "deploy/web/appspec.yaml", true)]
    [InlineData("lifecycle-appspec-validate", "appspec.json", true)]
    [InlineData("lifecycle-appspec-validate", "myappspec.yml", false)]
    [InlineData("lifecycle-appspec-validate", "appspec.yml.bak", false)]
    [InlineData("lifecycle-hook-validate", "infra/put-lifecycle-hook.json", true)]
    [InlineData("lifecycle-hook-validate", "lifecycle-hooks.json", true)]
    [InlineData("lifecycle-hook-validate", "package.json", false)]
    [InlineData("lifecycle-hook-validate", "schemas/put-lifecycle-hook.schema.json", false)]
    public void TheFilePattern_PicksTheFilesMeant(string hook, string path, bool picked) =>
        Assert.Equal(picked, Hooks[hook].Files.IsMatch(path) && Hooks[hook].Exclude?.IsMatch(path) != true);

    [Fact]
    public async Task TheAppSpecHook_FailsTheCommitOnAnError_AndPassesAFixedFile()
    {
        var broken = await RunHook("lifecycle-appspec-validate", Sample("web-app/appspec.yml"), Sample("web-app-fixed/appspec.yml"));
        var fixedOnly = await RunHook("lifecycle-appspec-validate", Sample("web-app-fixed/appspec.yml"), Sample("ecs-service/appspec.yaml"));

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("APP102", broken.Output, StringComparison.Ordinal);
        Assert.Equal(0, fixedOnly.ExitCode);
    }

    [Fact]
    public async Task TheHookRequestHook_RunsHookValidate()
    {
        var run = await RunHook("lifecycle-hook-validate", Sample("put-lifecycle-hook.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ASH", run.Output, StringComparison.Ordinal);
    }

    private static string Sample(string path) => Path.Combine(SharedFolder.RepositoryRoot, "samples", path);

    // pre-commit runs the entry with the matching files appended; the entry's first word is the tool itself.
    private static Task<CliRun> RunHook(string hook, params string[] files)
    {
        var words = Hooks[hook].Entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("lifecycle", words[0]);
        return CliRun.RunAsync([.. words.Skip(1), .. files]);
    }

    private static Dictionary<string, (string, Regex, Regex?)> Read()
    {
        var text = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, ".pre-commit-hooks.yaml"));
        var hooks = new Dictionary<string, (string, Regex, Regex?)>(StringComparer.Ordinal);
        foreach (var block in text.Split("\n- ").Skip(1))
        {
            string Field(string name) => Regex.Match(block, $@"(?m)^\s*{name}: (.*)$").Groups[1].Value.Trim();
            var exclude = Field("exclude");
            hooks[Regex.Match(block, @"^id: (\S+)").Groups[1].Value] = (Field("entry"), new Regex(Field("files"), RegexOptions.None, TimeSpan.FromSeconds(1)),
                exclude.Length == 0 ? null : new Regex(exclude, RegexOptions.None, TimeSpan.FromSeconds(1)));
        }

        return hooks;
    }
}
