using System.Text.Json;
using Lifecycle.Core.CodeDeploy.AppSpec;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>
/// What the agent's YAML layer (Ruby 3.1, Psych 4.0.3, libyaml 0.2.5) makes of each YAML construct where a YAML
/// reader could differ from it. Each expectation is the agent's own verdict and hook table for the same text, as
/// its parser gave them; docs/appspec-rules.md, "What the agent's YAML parser accepts", lists them.
/// </summary>
public class AgentYamlAgreementTests
{
    private const string Head = "version: 0.0\nos: linux\n";
    private const string Start = Head + "hooks:\n  ApplicationStart:\n    - location: start.sh\n";

    private static AppSpecDocument Read(string yaml) => AppSpecReader.Read(yaml, new AppSpecOptions { Platform = ComputePlatform.Server });

    private static string Script(string location, int timeout, string? runas) =>
        $"{{\"ApplicationStart\":[{{\"location\":{JsonSerializer.Serialize(location)},\"timeout\":{timeout},\"runas\":{(runas is null ? "null" : JsonSerializer.Serialize(runas))}}}]}}";

    public static TheoryData<string, string, string> Accepted => new()
    {
        { "a tag Psych has no rule for leaves the value typed as if untagged", Start + "      timeout: !!null 500\n", Script("start.sh", 500, null) },
        { "a tag decides on a quoted value too", Start + "      timeout: !!int \"300\"\n", Script("start.sh", 300, null) },
        { "!!binary is base 64", Start + "      runas: !!binary cm9vdA==\n", Script("start.sh", 3600, "root") },
        { "a Symbol's text is its name", Start + "      runas: :root\n", Script("start.sh", 3600, "root") },
        { "!ruby/sym makes a Symbol", Start + "      runas: !ruby/sym deploy\n", Script("start.sh", 3600, "deploy") },
        { "!ruby/object on a scalar creates nothing", Start + "      runas: !ruby/object:Foo root\n", Script("start.sh", 3600, "root") },
        { "!!omap on a list of mappings loads", Head + "hooks: !!omap\n  - ApplicationStart: [{location: a.sh}]\n", Script("a.sh", 3600, null) },
        { "a merge key's mapping is merged, and a key after it wins", Start + "      <<: {timeout: 30, runas: app}\n      runas: root\n", Script("start.sh", 30, "root") },
        { "in a list of merged mappings the first wins", Start + "      <<: [{timeout: 30}, {timeout: 60, runas: app}]\n", Script("start.sh", 30, "app") },
        { "a merged key replaces one written before it", Head.Replace("os: linux", "os: ubuntu", StringComparison.Ordinal) + "<<: {os: linux}\n", "{}" },
        { "!!str << is an ordinary key", Start + "      !!str <<: {timeout: 30}\n", Script("start.sh", 3600, null) },
        { "<< with a scalar is an ordinary key", Start + "      <<: 30\n", Script("start.sh", 3600, null) },
        { "a repeated key's last value counts", Start + "      timeout: abc\n      timeout: 30\n", Script("start.sh", 30, null) },
        { "false is dropped like null", Head + "hooks:\n  ApplicationStart: false\n  AfterInstall:\n    - location: c.sh\n", "{\"AfterInstall\":[{\"location\":\"c.sh\",\"timeout\":3600,\"runas\":null}]}" },
        { "files and permissions false are none", Head + "files: false\npermissions: false\n", "{}" },
        { "a mapping where text belongs is its inspect", Start + "      runas: {a: b}\n", Script("start.sh", 3600, "{\"a\"=>\"b\"}") },
        { "a list where text belongs is its inspect", Head + "hooks:\n  ApplicationStart:\n    - location: [x, 1, ~, 1.5, \"a\\\"b\"]\n", Script("[\"x\", 1, nil, 1.5, \"a\\\"b\"]", 3600, null) },
        { "strip keeps NBSP", Start + "      runas: \"\\u00A0root\\u00A0\"\n", Script("start.sh", 3600, "\u00A0root\u00A0") },
        { "strip keeps U+3000", Start + "      runas: \"\u3000root\"\n", Script("start.sh", 3600, "\u3000root") },
        { "strip keeps U+2028", Start + "      runas: \"\\u2028\"\n", Script("start.sh", 3600, "\u2028") },
        { "Psych's base 60", Start + "      timeout: 1:30\n", Script("start.sh", 5400, null) },
        { "a # right after a quote is a comment", Start + "      timeout: \"300\"#c\n", Script("start.sh", 300, null) },
        { "an anchor in a flow mapping", Head + "files: [{source: &s /, destination: /srv}]\n", "{}" },
        { ":hooks: is the Symbol :hooks:, not hooks", Head + ":hooks:\n  ApplicationStart:\n    - location: a.sh\n", "{}" },
        { "a tab after key: is allowed", Head + "hooks:\n  ApplicationStart:\n    - location:\ta.sh\n", Script("a.sh", 3600, null) },
        { "a %YAML line ends the document", Head + "%YAML 1.1\n---\nfiles: [\n", "{}" },
        { "nothing after ... is read", Head + "...\n]]] garbage\n", "{}" },
        { "NEL is a line break", "version: 0.0\u0085os: linux\n", "{}" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void WhatTheAgentDeploys_IsValid_WithItsHookTable(string what, string yaml, string hooks)
    {
        var document = Read(yaml);

        Assert.True(document.IsValid, $"{what}: {string.Join(" | ", document.Diagnostics.Where(d => d.IsError))}");
        Assert.Equal(Normalize(hooks), Normalize(AppSpecHookTable.ToJson(document.Server!)));
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { "!!float that is no number", Start + "      timeout: !!float abc\n", "ArgumentError: invalid value for Float(): \"abc\"" },
        { "!!float with no value", Start + "      timeout: !!float\n", "TypeError: can't convert nil into Float" },
        { "!ruby/object on a mapping", Head + "files: !ruby/object:Foo {source: /, destination: /srv}\n", "Tried to load unspecified class: Foo" },
        { "!ruby/struct", Head + "files:\n  - !ruby/struct:S {source: /, destination: /srv}\n", "Tried to load unspecified class: S" },
        { "!!set", Head + "files: !!set {a: 1}\n", "Tried to load unspecified class: Psych::Set" },
        { "a Symbol key is not location", Head + "hooks:\n  ApplicationStart:\n    - !ruby/sym location: start.sh\n", "APP107" },
        { ":location is not location", Head + "hooks:\n  ApplicationStart:\n    - :location: start.sh\n", "APP107" },
        { "a comma missing between flow values (YamlDotNet refuses it too)", Head + "files: [{source: /, destination: /srv} {source: /a, destination: /b}]\n", "APP001" },
        { "a comma missing after a flow mapping in a flow mapping", Head + "files: [{source: {a: b} destination: /srv}]\n", "APP001" },
        { "a tab right after -", Head + "hooks:\n  ApplicationStart:\n    -\tlocation: a.sh\n", "found character that cannot start any token" },
        { "a tab in block indentation (YamlDotNet refuses it too)", Head + "hooks:\n  ApplicationStart:\n  \t- location: a.sh\n", "APP001" },
        { "a tab after spaces before a list entry", Head + "hooks:\n  ApplicationStart:\n     \t- location: a.sh\n", "found character that cannot start any token" },
        { "a tab before a comment in block indentation", Head + "hooks:\n  \t# c\n  ApplicationStart:\n    - location: a.sh\n", "found character that cannot start any token" },
        { "[:]", Head + "files: [:]\n", "did not find expected node content while parsing a flow node" },
        { "an entry that starts with : in a flow list", Head + "hooks:\n  ApplicationStart:\n    - location: [x, :s]\n", "did not find expected node content while parsing a flow node" },
        { "an unknown directive", "%FOO bar\n---\n" + Head, "found unknown directive name while scanning a directive" },
        { "a first line indented more than the next", " version: 0.0\nos: linux\n", "APP103" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void WhatTheAgentRefuses_IsAnError_InItsWords(string what, string yaml, string words)
    {
        var document = Read(yaml);

        Assert.False(document.IsValid, what);
        Assert.Contains(document.Diagnostics, d => d.IsError && (d.Code == words || d.Message.Contains(words, StringComparison.Ordinal)));
    }

    [Fact]
    public void TheShadowedValueOfARepeatedKey_IsWarnedAsNeverRead_AndNotChecked()
    {
        var document = Read(Start + "      timeout: abc\n      timeout: 30\n");

        var warning = Assert.Single(document.Diagnostics, d => d.Code == "APP008");
        Assert.Equal(6, warning.Span?.Line);
        Assert.Contains("never read", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Diagnostics, d => d.Code == "APP212");
    }

    [Fact]
    public void TextAfterTheDocument_IsAWarningThatItIsNeverRead()
    {
        var document = Read(" version: 0.0\nos: linux\n");

        Assert.Contains(document.Diagnostics, d => d.Code == "APP218" && d.Span?.Line == 2);
    }

    [Theory]
    [InlineData(1_300, true)]
    [InlineData(5_000, false)]
    public void DeepLists_AreReadWithoutRecursion_AndRefusedWhereRubyRunsOutOfStack(int depth, bool agentLoadsIt)
    {
        var document = Read(Start + "      runas: " + new string('[', depth) + new string(']', depth) + "\n");

        Assert.Equal(agentLoadsIt, document.IsValid);
        Assert.Equal(agentLoadsIt, !document.Diagnostics.Any(d => d.Code == "APP004" && d.Message.Contains("SystemStackError", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{a: ")]
    [InlineData("- ")]
    public void NestingPastTheBound_IsAPP002_NotAStackOverflow(string opener)
    {
        var text = opener == "- "
            ? string.Concat(Enumerable.Range(0, 10_050).Select(i => new string(' ', i * 2) + "-\n"))
            : "x: " + string.Concat(Enumerable.Repeat(opener, 10_050));

        var document = Read(text);

        Assert.Contains(document.Diagnostics, d => d.Code == "APP002");
    }

    private static string Normalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}
