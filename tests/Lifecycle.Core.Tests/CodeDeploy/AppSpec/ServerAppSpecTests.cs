using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>Every server rule (reference §2), each with its own small AppSpec.</summary>
public class ServerAppSpecTests
{
    private const string Head = "version: 0.0\nos: linux\n";

    private static AppSpecDocument Read(string yaml, HostOperatingSystem os = HostOperatingSystem.Any) =>
        AppSpecReader.Read(yaml, new AppSpecOptions { HostOs = os });

    private static Diagnostic Single(string yaml, string code)
    {
        var document = Read(yaml);
        return Assert.Single(document.Diagnostics, d => d.Code == code);
    }

    private static void Valid(string yaml)
    {
        var document = Read(yaml);
        Assert.True(document.IsValid, string.Join("\n", document.Diagnostics));
    }

    [Fact]
    public void MinimalAppSpec_IsValid_AndHasNoFinding()
    {
        var document = Read(Head);

        Assert.True(document.IsValid);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(ComputePlatform.Server, document.Platform);
        Assert.Empty(document.Server!.Hooks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    [InlineData("false\n")]
    public void EmptyFile_IsAPP101(string yaml) => Assert.True(Single(yaml, "APP101").IsError);

    [Theory]
    [InlineData("- version: 0.0\n- os: linux\n")]
    [InlineData("just some text\n")]
    [InlineData("42\n")]
    public void NotAMapping_IsAPP005(string yaml) => Assert.True(Single(yaml, "APP005").IsError);

    [Theory]
    [InlineData("version: 0\nos: linux\n")]
    [InlineData("version: 0.00\nos: linux\n")]
    [InlineData("version: -0.0\nos: linux\n")]
    public void Version_NumericZero_IsAccepted(string yaml) => Valid(yaml);

    [Theory]
    [InlineData("version: \"0.0\"\nos: linux\n", "quoted")]
    [InlineData("version: '0.0'\nos: linux\n", "quoted")]
    [InlineData("version: 1.0\nos: linux\n", "is 1.0")]
    [InlineData("version: 0.0.\nos: linux\n", "is 0.0.")]
    [InlineData("os: linux\n", "missing")]
    [InlineData("version: !!str 0.0\nos: linux\n", "because it is tagged !!str, and the agent compares it with the number 0.0, so it refuses it. Write version: 0.0 without the tag.")]
    public void Version_Otherwise_IsAPP102(string yaml, string says)
    {
        var error = Single(yaml, "APP102");
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
        Assert.Equal("version", error.Path);
    }

    [Fact]
    public void Version_Quoted_PointsAtTheValue() =>
        Assert.Equal(new SourceSpan(1, 10, 1, 15), Single("version: \"0.0\"\nos: linux\n", "APP102").Span);

    [Theory]
    [InlineData("version: 0.0\n", "missing")]
    [InlineData("version: 0.0\nos: ubuntu\n", "is ubuntu")]
    [InlineData("version: 0.0\nos: Linux\n", "lower case")]
    [InlineData("version: 0.0\nos: \n", "missing")]
    public void Os_Otherwise_IsAPP103(string yaml, string says) =>
        Assert.Contains(says, Single(yaml, "APP103").Message, StringComparison.Ordinal);

    [Fact]
    public void Os_MustMatchTheHost_WhenTheHostIsGiven()
    {
        Assert.True(Read("version: 0.0\nos: windows\n", HostOperatingSystem.Windows).IsValid);
        Assert.False(Read("version: 0.0\nos: windows\n", HostOperatingSystem.Linux).IsValid);
        Assert.True(Read("version: 0.0\nos: windows\n").IsValid);
    }

    [Fact]
    public void Hooks_AreNormalisedAsTheAgentReadsThem()
    {
        var spec = Read(Head + """
            hooks:
              ApplicationStop:
              BeforeInstall: []
              ApplicationStart:
                - location: "  scripts/start.sh  "
                  timeout: 300
                  runas: "  ec2-user "
                - location: scripts/second.sh
                - location: scripts/third.sh
                  timeout: "120"
                  runas:
            """).Server!;

        Assert.Equal(["BeforeInstall", "ApplicationStart"], spec.Hooks.Select(h => h.LifecycleEvent.Value));
        Assert.Empty(spec.ScriptsFor(LifecycleEventName.BeforeInstall));
        Assert.Equal(
            [new HookScript { Location = "scripts/start.sh", Timeout = ScriptTimeout.FromSeconds(300), RunAs = "ec2-user" }, new HookScript { Location = "scripts/second.sh", Timeout = ScriptTimeout.FromSeconds(3600), RunAs = null }, new HookScript { Location = "scripts/third.sh", Timeout = ScriptTimeout.FromSeconds(120), RunAs = null }],
            spec.ScriptsFor(LifecycleEventName.ApplicationStart));
    }

    [Fact]
    public void Hooks_NullEvent_IsDroppedWithAnInfo() =>
        Assert.Equal(DiagnosticSeverity.Info, Single(Head + "hooks:\n  ApplicationStop:\n", "APP215").Severity);

    [Fact]
    public void Hooks_RepeatedEvent_KeepsItsFirstPlaceAndLastScripts()
    {
        var document = Read(Head + "hooks:\n  A1:\n    - location: a\n  ApplicationStart:\n    - location: first\n  A2:\n    - location: b\n  ApplicationStart:\n    - location: last\n");

        Assert.Equal(["A1", "ApplicationStart", "A2"], document.Server!.Hooks.Select(h => h.LifecycleEvent.Value));
        Assert.Equal("last", document.Server.ScriptsFor(LifecycleEventName.ApplicationStart)[0].Location);
        Assert.Contains(document.Diagnostics, d => d.Code == "APP008");
    }

    [Theory]
    [InlineData("hooks:\n  - ApplicationStart\n", "APP104")]
    [InlineData("hooks: scripts/start.sh\n", "APP104")]
    [InlineData("hooks:\n  ApplicationStart: scripts/start.sh\n", "APP105")]
    [InlineData("hooks:\n  ApplicationStart:\n    location: scripts/start.sh\n", "APP105")]
    [InlineData("hooks:\n  ApplicationStart:\n    - scripts/start.sh\n", "APP106")]
    [InlineData("hooks:\n  ApplicationStart:\n    -\n", "APP106")]
    [InlineData("hooks:\n  ApplicationStart:\n    - timeout: 30\n", "APP107")]
    [InlineData("hooks:\n  ApplicationStart:\n    - location:\n", "APP107")]
    [InlineData("hooks:\n  ApplicationStart:\n    - location: \"   \"\n", "APP107")]
    [InlineData("hooks:\n  ApplicationStart:\n    - location: a\n      timeout: 0\n", "APP108")]
    [InlineData("hooks:\n  ApplicationStart:\n    - location: a\n      timeout: foo\n", "APP108")]
    [InlineData("hooks:\n  ApplicationStart:\n    - location: a\n      timeout: -5\n", "APP108")]
    [InlineData("hooks:\n  ApplicationStart:\n    - location: a\n      timeout: true\n", "APP108")]
    [InlineData("hooks:\n  ApplicationStart:\n    - location: a\n      timeout: [30]\n", "APP108")]
    public void Hooks_ShapesTheAgentFailsOn_AreErrors(string hooks, string code) =>
        Assert.True(Single(Head + hooks, code).IsError);

    [Fact]
    public void Hooks_MissingSpaceAfterDash_SaysSo() =>
        Assert.Contains("A space is missing", Single(Head + "hooks:\n  ApplicationStop:\n    -location: a.sh\n", "APP105").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("30abc", 30)]
    [InlineData("30.9", 30)]
    [InlineData("0300", 192)]
    [InlineData("1:30", 5400)]
    public void Timeout_ReadDifferently_IsAWarning_AndTheAgentsValueIsKept(string written, long seconds)
    {
        var document = Read(Head + $"hooks:\n  ApplicationStart:\n    - location: a\n      timeout: {written}\n");

        Assert.True(document.IsValid);
        Assert.Equal(seconds, document.Server!.ScriptsFor(LifecycleEventName.ApplicationStart)[0].Timeout.Seconds);
        Assert.Contains(document.Diagnostics, d => d.Code == "APP212");
    }

    [Theory]
    [InlineData("applicationStart", "APP201", "Did you mean ApplicationStart?")]
    [InlineData("AplicationStart", "APP201", "Did you mean ApplicationStart?")]
    [InlineData("Deploy", "APP201", "The events are")]
    [InlineData("Install", "APP202", "reserved")]
    [InlineData("DownloadBundle", "APP202", "reserved")]
    [InlineData("AfterAllowTestTraffic", "APP203", "Amazon ECS")]
    [InlineData("BeforeAllowTraffic", "APP205", "load balancer")]
    public void EventNames_TheAgentNeverRuns_AreWarnings(string name, string code, string says)
    {
        var document = Read(Head + $"hooks:\n  {name}:\n    - location: a.sh\n");
        var warning = Assert.Single(document.Diagnostics, d => d.Code == code);

        Assert.True(document.IsValid);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains(says, warning.Message, StringComparison.Ordinal);
        Assert.Equal($"hooks.{name}", warning.Path);
    }

    [Theory]
    [InlineData("Hooks", "Did you mean hooks?")]
    [InlineData("Files", "Did you mean files?")]
    [InlineData("resources", "The keys are")]
    public void UnknownTopLevelKeys_AreWarnings(string key, string says) =>
        Assert.Contains(says, Single(Head + $"{key}: x\n", "APP007").Message, StringComparison.Ordinal);

    [Fact]
    public void Sum_OfAnEventsTimeouts_OverAnHour_IsAWarning()
    {
        var warning = Single(Head + "hooks:\n  ApplicationStart:\n    - location: a\n      timeout: 3000\n    - location: b\n", "APP206");
        Assert.Contains("6600", warning.Message, StringComparison.Ordinal);
        Assert.Contains("no timeout and count as 3600", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/scripts/start.sh")]
    [InlineData("../other/start.sh")]
    [InlineData("scripts/../../start.sh")]
    [InlineData("C:\\scripts\\start.ps1")]
    public void Location_OutsideTheRevision_IsAWarning(string location) =>
        Assert.Equal(DiagnosticSeverity.Warning, Single(Head + $"hooks:\n  ApplicationStart:\n    - location: '{location}'\n", "APP207").Severity);

    [Fact]
    public void RunAs_OnWindows_IsAWarning() =>
        Assert.Equal(DiagnosticSeverity.Warning, Single("version: 0.0\nos: windows\nhooks:\n  ApplicationStart:\n    - location: a.ps1\n      runas: admin\n", "APP208").Severity);

    [Fact]
    public void Files_AreRead()
    {
        var spec = Read(Head + "files:\n  - source: /\n    destination: /var/www\n  - source: config\n    destination: /etc/app\nfile_exists_behavior: RETAIN\n").Server!;

        Assert.Equal([new AppSpecFile { Source = "/", Destination = "/var/www" }, new AppSpecFile { Source = "config", Destination = "/etc/app" }], spec.Files);
        Assert.Equal("RETAIN", spec.FileExistsBehavior);
    }

    [Theory]
    [InlineData("files:\n  - destination: /var/www\n", "APP110")]
    [InlineData("files:\n  - source: /\n", "APP111")]
    [InlineData("files:\n  source: /\n  destination: /x\n", "APP109")]
    [InlineData("files:\n  - /app\n", "APP109")]
    [InlineData("file_exists_behavior: overwrite\n", "APP123")]
    [InlineData("file_exists_behavior: KEEP\n", "APP123")]
    public void Files_Errors(string yaml, string code) => Assert.True(Single(Head + yaml, code).IsError);

    [Fact]
    public void Files_EmptyPathsAndOverwrite_AreWarnings()
    {
        var document = Read(Head + "files:\n  - source: ''\n    destination: /x\n    overwrite: true\n");

        Assert.True(document.IsValid);
        Assert.Contains(document.Diagnostics, d => d.Code == "APP214");
        Assert.Contains(document.Diagnostics, d => d.Code == "APP210");
    }

    [Fact]
    public void Permissions_AreRead_WithTheAgentsDefaultsAndCanonicalAcls()
    {
        var permission = Assert.Single(Read(Head + """
            permissions:
              - object: /var/www
                pattern: "*.sh"
                except: [secret.sh]
                owner: www-data
                mode: 750
                acls:
                  - u:bob:7
                  - d:g:staff:rw
                  - m:5
                context:
                  name: user_u
                  type: httpd_sys_content_t
                  range: s0-s3:c0.c7,c13
              - object: /opt
            """).Server!.Permissions.Take(1));

        Assert.Equal("/var/www", permission.Object);
        Assert.Equal("*.sh", permission.Pattern);
        Assert.Equal(["secret.sh"], permission.Except);
        Assert.Equal(["file", "directory"], permission.Type);
        Assert.Equal("750", permission.Mode?.Value);
        Assert.Equal(["user:bob:rwx", "default:group:staff:rw-", "mask::r-x"], permission.Acls);
    }

    [Theory]
    [InlineData("permissions:\n  - owner: x\n", "APP113")]
    [InlineData("permissions:\n  - object: /x\n    type: [link]\n", "APP115")]
    [InlineData("permissions:\n  - object: /x\n    type: file\n", "APP112")]
    [InlineData("permissions:\n  - object: /x\n    mode: 12345\n", "APP116")]
    [InlineData("permissions:\n  - object: /x\n    mode: 12a\n", "APP117")]
    [InlineData("permissions:\n  - object: /x\n    mode: 0755\n", "APP117")]
    [InlineData("permissions:\n  - object: /x\n    acls: [a:b:c:d:e]\n", "APP118")]
    [InlineData("permissions:\n  - object: /x\n    acls: [x:bob:7]\n", "APP118")]
    [InlineData("permissions:\n  - object: /x\n    acls: ['m:bob:7']\n", "APP118")]
    [InlineData("permissions:\n  - object: /x\n    acls: ['u::7']\n", "APP119")]
    [InlineData("permissions:\n  - object: /x\n    acls: ['o:7']\n", "APP119")]
    [InlineData("permissions:\n  - object: /x\n    acls: ['u:bob:rwz']\n", "APP120")]
    [InlineData("permissions:\n  - object: /x\n    context:\n      name: n\n", "APP121")]
    [InlineData("permissions:\n  - object: /x\n    context:\n      type: t\n      range: s3-s2:c0\n", "APP122")]
    [InlineData("permissions:\n  - object: /x\n    context:\n      type: t\n      range: s0:c1024\n", "APP122")]
    [InlineData("permissions:\n  - object: /x\n    context:\n      type: t\n      range: s0:c1,c0.c2\n", "APP122")]
    public void Permissions_Errors(string yaml, string code) => Assert.True(Single(Head + yaml, code).IsError);

    [Theory]
    [InlineData("u:mask:7")]
    [InlineData("mask:")]
    [InlineData("d:u::7")]
    [InlineData("bob:rw-")]
    public void Acls_TheAgentAccepts_AreValid(string ace) => Valid(Head + $"permissions:\n  - object: /x\n    acls: ['{ace}']\n");

    [Fact]
    public void Permissions_OnWindows_AreAPP114() =>
        Assert.True(Single("version: 0.0\nos: windows\npermissions:\n  - object: C:\\app\n", "APP114").IsError);

    [Fact]
    public void Mode_UnquotedOctalThatStaysValid_IsAWarning_AndTheAgentsModeIsKept()
    {
        var document = Read(Head + "permissions:\n  - object: /x\n    mode: 0644\n");

        Assert.True(document.IsValid);
        Assert.Equal("420", document.Server!.Permissions[0].Mode?.Value);
        Assert.Contains("octal number 420", Assert.Single(document.Diagnostics, d => d.Code == "APP209").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SeLinuxUserKey_IsAWarning() =>
        Assert.Contains("name:", Single(Head + "permissions:\n  - object: /x\n    context:\n      user: u\n      type: t\n", "APP007").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("a: [1, 2\nb: 3\n")]
    [InlineData("version: 0.0\n\tos: linux\n")]
    [InlineData("key: \"unclosed\n")]
    [InlineData("- a\nb: c\n")]
    public void BrokenYaml_IsAPP001_WithAPosition(string yaml)
    {
        var error = Single(yaml, "APP001");
        Assert.True(error.IsError);
        Assert.NotNull(error.Span);
    }

    [Fact]
    public void Aliases_AreRefused_AsTheAgentRefusesThem()
    {
        var document = Read(Head + "files:\n  - &f {source: a, destination: b}\n  - *f\n");
        Assert.Contains(document.Diagnostics, d => d.Code == "APP003" && d.IsError);
    }

    [Fact]
    public void BillionLaughs_IsRefusedAtOnce()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 1; i < 12; i++)
        {
            yaml += $"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 10))}]\n";
        }

        var error = Single(yaml, "APP002");
        Assert.Contains("aliases are expanded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepNesting_IsRefused_NotAStackOverflow() =>
        Assert.True(Single(new string('[', 50_000), "APP002").IsError);

    [Fact]
    public void HugeDocument_IsRefused() =>
        Assert.True(AppSpecReader.Read(Head + new string('#', 2 << 20)).Diagnostics.Single(d => d.Code == "APP002").IsError);

    [Fact]
    public void Dates_AreRefused_AsTheAgentRefusesThem() =>
        Assert.True(Single(Head + "hooks:\n  ApplicationStart:\n    - location: a\n      runas: 2024-01-01\n", "APP004").IsError);

    [Fact]
    public void ByteOrderMark_CountsAsAColumn_SoOnlyTheFirstKeyIsRead_AsTheAgentReadsIt()
    {
        var document = Read("\uFEFF" + Head);

        Assert.False(document.IsValid);
        Assert.Contains(document.Diagnostics, d => d.Code == "APP211" && d.Span?.Line == 1);
        Assert.Contains(document.Diagnostics, d => d.Code == "APP103");
    }

    [Fact]
    public void ByteOrderMark_BeforeAOneLineDocument_IsHarmless()
    {
        var document = Read("\uFEFF{version: 0.0, os: linux}\n");

        Assert.True(document.IsValid);
        Assert.Equal("APP211", Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void ExtraDocuments_AreIgnoredWithAnInfo()
    {
        var document = Read(Head + "---\nversion: 1\n");
        Assert.True(document.IsValid);
        Assert.Equal("APP216", Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void AllErrors_AreReported_NotOnlyTheFirst()
    {
        var codes = Read("version: 1\nos: beos\nfiles:\n  - source: /\n").Diagnostics.Where(d => d.IsError).Select(d => d.Code);
        Assert.Equal(["APP102", "APP103", "APP111"], codes);
    }
}
