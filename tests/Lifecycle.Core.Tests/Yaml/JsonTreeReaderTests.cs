using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.AppSpec.Psych;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Core.Yaml;

namespace Lifecycle.Core.Tests.Yaml;

/// <summary>
/// JSON is read into the tree the YAML reader builds: the same nodes, the same typing, the same places, so that
/// every rule reads a JSON file as it reads the YAML one; and it is held to strict JSON.
/// </summary>
public class JsonTreeReaderTests
{
    private static readonly TreeReadProfile Profile = AppSpecLimits.Default.ToTreeProfile();

    [Property(Arbitrary = [typeof(JsonDocuments)])]
    public bool Property_WellFormedJson_ReadsAsTheYamlReaderReadsTheSameText(string json)
    {
        var yamlDiagnostics = new List<Diagnostic>();
        var (yaml, _) = YamlTreeReader.Read(json, Profile, yamlDiagnostics);
        var tree = JsonTreeReader.Read(json, Profile, out var problem);

        return problem is null && yamlDiagnostics.Count == 0 && tree is not null && yaml is not null && Same(tree, yaml);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 1)]
    [InlineData("{\"a\": 1} // note", 1)]
    [InlineData("{\"a\": 1}\n{\"b\": 2}", 2)]
    [InlineData("[1, 2", 1)]
    [InlineData("{\"a\": 'single'}", 1)]
    public void Read_TextThatIsNotStrictJson_IsASyntaxErrorWhereTheParserStopped(string json, int line)
    {
        var tree = JsonTreeReader.Read(json, Profile, out var problem);

        Assert.Null(tree);
        Assert.NotNull(problem);
        Assert.Equal(AppSpecDiagnosticCodes.YamlSyntax, problem.Code);
        Assert.Equal(line, problem.Span!.Value.Line);
        Assert.StartsWith("The JSON cannot be read: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PastTheDepthBound_IsTheTooLargeCode_NotACrash()
    {
        var tree = JsonTreeReader.Read(new string('[', 100_000), Profile, out var problem);

        Assert.Null(tree);
        Assert.Equal(AppSpecDiagnosticCodes.DocumentTooLarge, problem?.Code);
        Assert.Contains($"deeper than {AppSpecLimits.Default.MaxDepth} levels", problem!.Message, StringComparison.Ordinal);
        Assert.Contains("AppSpecLimits.MaxDepth", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PastTheNodeBound_IsTheTooLargeCode()
    {
        var profile = Profile with { MaxNodes = 10 };

        var tree = JsonTreeReader.Read("[" + string.Join(",", Enumerable.Range(0, 20)) + "]", profile, out var problem);

        Assert.Null(tree);
        Assert.Equal(AppSpecDiagnosticCodes.DocumentTooLarge, problem?.Code);
        Assert.Contains("more than 10 nodes", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankText_IsNoRoot_AndNoFinding()
    {
        Assert.Null(JsonTreeReader.Read(" \n\t", Profile, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void Read_KeepsWhereEachValueIsWritten_InCharacters()
    {
        var root = (YamlMapping)JsonTreeReader.Read("{\n  \"é\": \"😀\", \"n\": -12.5e3\n}", Profile, out _)!;

        Assert.Equal(new SourceSpan(1, 1, 3, 2), root.Span);
        Assert.Equal(new SourceSpan(2, 3, 2, 6), root.Entries[0].Key.Span);
        Assert.Equal(new SourceSpan(2, 8, 2, 12), root.Entries[0].Value.Span);
        var number = Assert.IsType<YamlScalar>(root.Entries[1].Value);
        Assert.Equal(("-12.5e3", ScalarStyle.Plain), (number.Value, number.Style));
    }

    private static bool Same(YamlNode json, YamlNode yaml) => (json, yaml) switch
    {
        (YamlScalar a, YamlScalar b) => a.Value == b.Value && a.Style == b.Style && a.Ruby.Kind == b.Ruby.Kind
            && DocumentBinder.KindOf(a) == DocumentBinder.KindOf(b) && a.Span.Line == b.Span.Line && a.Span.Column == b.Span.Column,
        (YamlSequence a, YamlSequence b) => a.Items.Length == b.Items.Length && a.Items.Zip(b.Items).All(p => Same(p.First, p.Second)),
        (YamlMapping a, YamlMapping b) => a.Entries.Length == b.Entries.Length
            && a.Entries.Zip(b.Entries).All(p => Same(p.First.Key, p.Second.Key) && Same(p.First.Value, p.Second.Value)),
        _ => false,
    };

    /// <summary>Random JSON documents (an object or array at the root), as System.Text.Json writes them, indented.</summary>
    public static class JsonDocuments
    {
        private static readonly Gen<Action<Utf8JsonWriter>> Scalar = Gen.OneOf(
            Gen.Choose(-100_000, 100_000).Select(n => (Action<Utf8JsonWriter>)(w => w.WriteNumberValue(n))),
            Gen.Choose(-1000, 1000).Select(n => (Action<Utf8JsonWriter>)(w => w.WriteNumberValue(n / 8.0))),
            Gen.Elements<Action<Utf8JsonWriter>>(w => w.WriteBooleanValue(true), w => w.WriteBooleanValue(false), w => w.WriteNullValue()),
            Gen.ArrayOf(Gen.Elements("ab 0.1:#-é\"\\\t\n{}[]~nulTR".ToCharArray())).Select(c => (Action<Utf8JsonWriter>)(w => w.WriteStringValue(new string(c)))));

        private static Gen<Action<Utf8JsonWriter>> Value(int depth) => depth == 0 ? Scalar : Gen.Frequency((3, Scalar), (1, Collection(depth - 1)));

        private static Gen<Action<Utf8JsonWriter>> Collection(int depth) => Gen.OneOf(
            Gen.ListOf(Value(depth)).Select(items => (Action<Utf8JsonWriter>)(w =>
            {
                w.WriteStartArray();
                foreach (var item in items.Take(5))
                {
                    item(w);
                }

                w.WriteEndArray();
            })),
            Gen.ListOf(Gen.Elements("a", "B", "version", "0.0", "true", "k k", "é").SelectMany(key => Value(depth).Select(value => (key, value))))
                .Select(members => (Action<Utf8JsonWriter>)(w =>
                {
                    w.WriteStartObject();
                    foreach (var (key, value) in members.Take(5))
                    {
                        w.WritePropertyName(key);
                        value(w);
                    }

                    w.WriteEndObject();
                })));

        public static Arbitrary<string> Document() => Arb.From(Collection(3).Select(write =>
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                write(writer);
            }

            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }));
    }
}
