using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.Diagnostics;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.AutoScaling.Json;

public class LifecycleHookJsonTests
{
    [Fact]
    public void Validate_ReportsTheLineAndColumnOfTheValue()
    {
        const string json = """
            {
              "LifecycleHookName": "drain",
              "AutoScalingGroupName": "web",
              "LifecycleTransition": "autoscaling:EC2_INSTANCE_TERMINATING",
              "HeartbeatTimeout": 7201
            }
            """;

        var error = Assert.Single(LifecycleHookJson.ValidatePutLifecycleHookRequests(json));

        Assert.Equal("ASH108", error.Code);
        Assert.Equal("HeartbeatTimeout", error.Path);
        Assert.Equal(new SourceSpan(5, 23, 5, 27), error.Span);
    }

    [Fact]
    public void Validate_ArrayElements_HaveAnIndexedPath()
    {
        const string json = """
            [
              { "LifecycleHookName": "a", "AutoScalingGroupName": "g", "LifecycleTransition": "autoscaling:EC2_INSTANCE_LAUNCHING" },
              { "LifecycleHookName": "b c", "AutoScalingGroupName": "g", "LifecycleTransition": "autoscaling:EC2_INSTANCE_LAUNCHING" }
            ]
            """;

        var error = Assert.Single(LifecycleHookJson.ValidatePutLifecycleHookRequests(json));

        Assert.Equal("[1].LifecycleHookName", error.Path);
        Assert.Equal(3, error.Span!.Value.Line);
        Assert.Equal(26, error.Span!.Value.Column);
    }

    [Fact]
    public void Validate_MissingMember_PointsAtTheObject()
    {
        var error = Assert.Single(LifecycleHookJson.ValidatePutLifecycleHookRequests("""
            
              {"LifecycleHookName": "a", "AutoScalingGroupName": "g"}
            """));

        Assert.Equal("ASH201", error.Code);
        Assert.Equal(new SourceSpan(2, 3, 2, 58), error.Span); // the whole object the member is missing from
    }

    [Theory]
    [InlineData("\"600\"", "the string \"600\"", "Write 600 without quotes.")]
    [InlineData("12.5", "the number 12.5", "whole number")]
    [InlineData("true", "the boolean true", "whole number")]
    [InlineData("[300]", "an array", "whole number")]
    [InlineData("99999999999", "the number 99999999999", "whole number")]
    public void Validate_WrongTypeForANumber_IsAnError(string value, string described, string hint)
    {
        var json = "{\"LifecycleHookName\":\"a\",\"AutoScalingGroupName\":\"g\",\"LifecycleTransition\":\"autoscaling:EC2_INSTANCE_LAUNCHING\",\"HeartbeatTimeout\":" + value + "}";

        var error = Assert.Single(LifecycleHookJson.ValidatePutLifecycleHookRequests(json));

        Assert.Equal("ASH006", error.Code);
        Assert.Equal("HeartbeatTimeout", error.Path);
        Assert.Contains(described, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongTypeForAString_IsOneErrorNotTwo()
    {
        var diagnostics = LifecycleHookJson.ValidatePutLifecycleHookRequests(
            "{\"LifecycleHookName\": 42, \"AutoScalingGroupName\": \"g\", \"LifecycleTransition\": \"autoscaling:EC2_INSTANCE_LAUNCHING\"}");

        var error = Assert.Single(diagnostics);
        Assert.Equal("ASH006", error.Code);
        Assert.Contains("must be a JSON string, but it is the number 42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownMember_IsAWarningWithASuggestion()
    {
        var diagnostics = LifecycleHookJson.ValidatePutLifecycleHookRequests(
            "{\"LifecycleHookName\":\"a\",\"AutoScalingGroupName\":\"g\",\"LifecycleTransition\":\"autoscaling:EC2_INSTANCE_LAUNCHING\",\"heartbeatTimeout\":300,\"Extra\":1}");

        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Equal(["ASH007", "ASH007"], diagnostics.Select(d => d.Code));
        Assert.Contains("Did you mean HeartbeatTimeout?", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("The members are:", diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AMistypedMember_IsNamedWithTheMemberItWasMeantToBe()
    {
        var diagnostics = LifecycleHookJson.ValidatePutLifecycleHookRequests(
            "{\"LifecycleHookName\":\"a\",\"AutoScalingGroupName\":\"g\",\"LifecycleTransition\":\"autoscaling:EC2_INSTANCE_LAUNCHING\",\"HeartbeatTimout\":300}");

        var warning = Assert.Single(diagnostics);
        Assert.Equal("ASH007", warning.Code);
        Assert.Contains("Did you mean HeartbeatTimeout?", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("case-sensitive", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateMember_WarnsAndTheLastWins()
    {
        var diagnostics = LifecycleHookJson.ValidatePutLifecycleHookRequests(
            "{\"LifecycleHookName\":\"a\",\"AutoScalingGroupName\":\"g\",\"LifecycleTransition\":\"autoscaling:EC2_INSTANCE_LAUNCHING\",\"HeartbeatTimeout\":10,\"HeartbeatTimeout\":300}");

        Assert.Equal("ASH008", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Validate_Null_MeansNotGiven() =>
        Assert.Empty(LifecycleHookJson.ValidatePutLifecycleHookRequests(
            "{\"LifecycleHookName\":\"a\",\"AutoScalingGroupName\":\"g\",\"LifecycleTransition\":\"autoscaling:EC2_INSTANCE_LAUNCHING\",\"RoleARN\":null}"));

    [Theory]
    [InlineData("", 1, 1, "ASH005")]
    [InlineData("   ", 1, 1, "ASH005")]
    [InlineData("42", 1, 1, "ASH005")]
    [InlineData("[1]", 1, 2, "ASH005")]
    [InlineData("{\"LifecycleHookName\": \"a\",}", 1, 27, "ASH001")]
    [InlineData("{\n  \"LifecycleHookName\": \"a\"\n  \"X\": 1\n}", 3, 3, "ASH001")]
    [InlineData("{} {}", 1, 4, "ASH001")]
    [InlineData("{\"a\": tru}", 1, 10, "ASH001")] // System.Text.Json stops after the bad literal
    public void Validate_MalformedOrWrongRoot_IsAnErrorWithItsPosition(string json, int line, int column, string code)
    {
        var error = LifecycleHookJson.ValidatePutLifecycleHookRequests(json).First(d => d.Code == code);

        Assert.True(error.IsError);
        Assert.Equal(line, error.Span!.Value.Line);
        Assert.Equal(column, error.Span!.Value.Column);
    }

    [Fact]
    public void Validate_ByteOrderMark_IsIgnored() =>
        Assert.Empty(LifecycleHookJson.ValidatePutLifecycleHookRequests(
            "\uFEFF{\"LifecycleHookName\":\"a\",\"AutoScalingGroupName\":\"g\",\"LifecycleTransition\":\"autoscaling:EC2_INSTANCE_LAUNCHING\"}"));

    [Fact]
    public void Validate_ColumnsCountCharactersNotBytes()
    {
        var error = Assert.Single(LifecycleHookJson.ValidatePutLifecycleHookRequests(
            "{\"AutoScalingGroupName\":\"é😀\",\"LifecycleHookName\":\"a b\",\"LifecycleTransition\":\"autoscaling:EC2_INSTANCE_LAUNCHING\"}"));

        // {"AutoScalingGroupName":"é😀", is 1 + 22 + 1 + 5 (quote, é, two UTF-16 units, quote) + 1 = 30 characters.
        Assert.Equal(51, error.Span!.Value.Column);
    }

    [Fact]
    public void Validate_DeepNesting_IsADiagnosticNotACrash()
    {
        var json = "{\"X\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        var diagnostics = LifecycleHookJson.ValidatePutLifecycleHookRequests(json);

        Assert.Contains(diagnostics, d => d.Code == "ASH002" && d.Message.Contains("deeper than 64 levels", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadLifecycleHooks_AcceptsTheDescribeAnswer_AndTheModelExample()
    {
        // botocore examples-1.json DescribeLifecycleHooks output (reference §1.8).
        const string json = """
            {"LifecycleHooks": [{
              "AutoScalingGroupName": "my-auto-scaling-group", "DefaultResult": "ABANDON", "GlobalTimeout": 172800,
              "HeartbeatTimeout": 3600, "LifecycleHookName": "my-lifecycle-hook",
              "LifecycleTransition": "autoscaling:EC2_INSTANCE_LAUNCHING",
              "NotificationTargetARN": "arn:aws:sns:us-west-2:123456789012:my-sns-topic",
              "RoleARN": "arn:aws:iam::123456789012:role/my-auto-scaling-role"}]}
            """;

        var result = LifecycleHookJson.ReadLifecycleHooks(json);

        Assert.Empty(result.Diagnostics);
        var hook = Assert.Single(result.Value);
        Assert.Equal(172800, hook.GlobalTimeout);
        Assert.Equal("my-sns-topic", hook.NotificationTargetARN!.Value.Value.Split(':')[^1]);
    }

    [Fact]
    public void ReadLifecycleHooks_InconsistentGlobalTimeout_IsAWarning()
    {
        var result = LifecycleHookJson.ReadLifecycleHooks(
            "{\"AutoScalingGroupName\":\"g\",\"LifecycleHookName\":\"h\",\"LifecycleTransition\":\"autoscaling:EC2_INSTANCE_LAUNCHING\",\"HeartbeatTimeout\":30,\"GlobalTimeout\":172800}");

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("ASH154", warning.Code);
        Assert.Equal(3000, result.Value[0].GlobalTimeout);
    }

    [Fact]
    public void Serialize_UsesTheAwsMemberNamesAndLeavesOutWhatIsNotGiven()
    {
        var json = LifecycleHookJson.Serialize(new PutLifecycleHookRequest { LifecycleHookName = "a", HeartbeatTimeout = 30 });

        Assert.Equal("{\n  \"LifecycleHookName\": \"a\",\n  \"HeartbeatTimeout\": 30\n}", json.ReplaceLineEndings("\n"));
    }

    [Property(Arbitrary = [typeof(ValidRequests)])]
    public bool Property_SerializeThenParse_GivesEveryValidRequestBack(PutLifecycleHookRequest request)
    {
        var read = LifecycleHookJson.ReadPutLifecycleHookRequests(LifecycleHookJson.Serialize(request));
        return read.Succeeded && read.Diagnostics.Count == 0 && read.Value.Single() == request;
    }

    [Property(Arbitrary = [typeof(ValidRequests)])]
    public bool Property_SerializeThenParse_GivesEveryValidHookBack(PutLifecycleHookRequest request)
    {
        var registry = new LifecycleHookRegistry(AutoScalingGroupName.Parse(request.AutoScalingGroupName!));
        var hook = registry.PutLifecycleHook(request).Value;
        var single = LifecycleHookJson.ReadLifecycleHooks(LifecycleHookJson.Serialize(hook));
        var answer = LifecycleHookJson.ReadLifecycleHooks(LifecycleHookJson.SerializeDescribeLifecycleHooksAnswer([hook, hook]));
        return single.Diagnostics.Count == 0 && single.Value.Single() == hook
            && answer.Diagnostics.Count == 0 && answer.Value.Count == 2 && answer.Value.All(h => h == hook);
    }

    [Property(Arbitrary = [typeof(RequestDocuments)])]
    public bool Property_TheStrictFastPathAndThePositionalReaderAgree(RequestDocument doc)
    {
        var strict = JsonShapeReader.TryReadStrict(doc.Json,
            StrictAutoScalingJsonContext.Default.PutLifecycleHookRequest, StrictAutoScalingJsonContext.Default.ListPutLifecycleHookRequest);
        var (items, diagnostics) = JsonShapeReader.Read(doc.Json, AutoScalingJsonContext.Default.PutLifecycleHookRequest);
        return strict is not null && diagnostics.Count == 0
            && strict.SequenceEqual(doc.Requests) && items.Select(i => i.Value).SequenceEqual(doc.Requests);
    }

    /// <summary>Valid requests written as AWS writes them: one object, or an array of them.</summary>
    public sealed record RequestDocument(IReadOnlyList<PutLifecycleHookRequest> Requests, string Json);

    public static class RequestDocuments
    {
        public static Arbitrary<RequestDocument> Documents() => Arb.From(
            Gen.ListOf(Generators.ValidCreateRequest()).Select(list => list.ToList()).Select(list => new RequestDocument(list,
                list.Count == 1 && list[0].HeartbeatTimeout is null
                    ? LifecycleHookJson.Serialize(list[0])
                    : "[" + string.Join(",", list.Select(LifecycleHookJson.Serialize)) + "]")));
    }

    [Theory]
    [InlineData("{\"LifecycleHookName\":\"a\",\"X\":1}")]
    [InlineData("{\"LifecycleHookName\":\"a\",\"LifecycleHookName\":\"b\"}")]
    [InlineData("{\"HeartbeatTimeout\":\"300\"}")]
    [InlineData("[{}, 5]")]
    [InlineData("{} x")]
    [InlineData("  ")]
    public void TryReadStrict_AnyJsonFinding_FallsBackToThePositionalReader(string json) =>
        Assert.Null(JsonShapeReader.TryReadStrict(json,
            StrictAutoScalingJsonContext.Default.PutLifecycleHookRequest, StrictAutoScalingJsonContext.Default.ListPutLifecycleHookRequest));

    [Property(Arbitrary = [typeof(ValidRequests)])]
    public bool Property_SpecificationsRoundTrip(PutLifecycleHookRequest request)
    {
        var spec = new LifecycleHookSpecification
        {
            LifecycleHookName = request.LifecycleHookName,
            LifecycleTransition = request.LifecycleTransition,
            RoleARN = request.RoleARN,
            NotificationTargetARN = request.NotificationTargetARN,
            NotificationMetadata = request.NotificationMetadata,
            HeartbeatTimeout = request.HeartbeatTimeout,
            DefaultResult = request.DefaultResult,
        };
        var read = LifecycleHookJson.ReadLifecycleHookSpecifications(LifecycleHookJson.Serialize(spec));
        return read.Succeeded && read.Value.Single() == spec && spec.Validate().Count == 0;
    }

    [Property(Arbitrary = [typeof(JsonishText)], MaxTest = PropertyCases.Default * 3)]
    public bool Property_ArbitraryTextNeverThrows(string text)
    {
        var diagnostics = LifecycleHookJson.ValidatePutLifecycleHookRequests(text);
        _ = LifecycleHookJson.ReadLifecycleHooks(text);
        return diagnostics.All(d => d.Span is null || (d.Span.Value.Line >= 1 && d.Span.Value.Column >= 1));
    }

    /// <summary>Arbitrary strings, and strings of JSON's own characters and the AWS member names.</summary>
    public static class JsonishText
    {
        public static Arbitrary<string> Text() => Arb.From(Gen.OneOf(
            Gen.ArrayOf(Gen.Elements("{}[]\",:0123 tnulrefasLifecycleHookName\\\n\uFEFF\u00e9".ToCharArray())).Select(c => new string(c)),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)));
    }
}
