using System.Reflection;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Core.AutoScaling.Json;
using Lifecycle.Core.AutoScaling.Validation;
using Lifecycle.Core.Schemas;
using Lifecycle.Core.Tests.AutoScaling;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests.Schemas;

/// <summary>
/// The PutLifecycleHook schema holds every single-request rule JSON Schema can express: for each such rule, a request
/// that breaks only it is refused by the validator with the rule's code and by the schema; every valid request passes.
/// </summary>
public class PutLifecycleHookSchemaTests
{
    private const string Target = "arn:aws:sqs:us-east-1:123456789012:hooks";
    private const string Role = "arn:aws:iam::123456789012:role/asg";

    /// <summary>Each error rule of a single request a schema can say, and a change of a valid request that breaks only it.</summary>
    public static TheoryData<string, string, JsonNode?> Breaks => new()
    {
        { AutoScalingDiagnosticCodes.HookNameRequired, "LifecycleHookName", "" },
        { AutoScalingDiagnosticCodes.HookNameTooLong, "LifecycleHookName", new string('a', 256) },
        { AutoScalingDiagnosticCodes.HookNameInvalidCharacter, "LifecycleHookName", "bad name" },
        { AutoScalingDiagnosticCodes.HookNameInvalidCharacter, "LifecycleHookName", "name\n" },
        { AutoScalingDiagnosticCodes.GroupNameRequired, "AutoScalingGroupName", "" },
        { AutoScalingDiagnosticCodes.GroupNameTooLong, "AutoScalingGroupName", new string('g', 256) },
        { AutoScalingDiagnosticCodes.GroupNameInvalidCharacter, "AutoScalingGroupName", "web\u0007" },
        { AutoScalingDiagnosticCodes.TransitionUnknown, "LifecycleTransition", "EC2_INSTANCE_LAUNCHING" },
        { AutoScalingDiagnosticCodes.TransitionRequiredOnCreate, "LifecycleTransition", null },
        { AutoScalingDiagnosticCodes.HeartbeatTimeoutOutOfRange, "HeartbeatTimeout", 29 },
        { AutoScalingDiagnosticCodes.HeartbeatTimeoutOutOfRange, "HeartbeatTimeout", 7201 },
        { AutoScalingDiagnosticCodes.ResultUnknown, "DefaultResult", "continue" },
        { AutoScalingDiagnosticCodes.MetadataEmpty, "NotificationMetadata", "" },
        { AutoScalingDiagnosticCodes.MetadataTooLong, "NotificationMetadata", new string('m', 4001) },
        { AutoScalingDiagnosticCodes.MetadataInvalidCharacter, "NotificationMetadata", "caf\u00e9" },
        { AutoScalingDiagnosticCodes.RoleArnEmpty, "RoleARN", "" },
        { AutoScalingDiagnosticCodes.RoleArnTooLong, "RoleARN", new string('r', 256) },
        { AutoScalingDiagnosticCodes.RoleArnInvalidCharacter, "RoleARN", "arn\u0001" },
        { AutoScalingDiagnosticCodes.TargetArnTooLong, "NotificationTargetARN", new string('t', 256) },
        { AutoScalingDiagnosticCodes.TargetArnInvalidCharacter, "NotificationTargetARN", "arn\uFFFF" },
        { AutoScalingDiagnosticCodes.RoleRequiredWithTarget, "RoleARN", null },
    };

    /// <summary>Error rules of a single request that a schema cannot say, and why.</summary>
    private static readonly Dictionary<string, string> NotExpressible = new()
    {
        [AutoScalingDiagnosticCodes.ValueRequired] = "a value required by a reader other than PutLifecycleHook's",
        [AutoScalingDiagnosticCodes.TokenLength] = "not a member of PutLifecycleHook",
        [AutoScalingDiagnosticCodes.InstanceIdLength] = "not a member of PutLifecycleHook",
        [AutoScalingDiagnosticCodes.InstanceIdInvalidCharacter] = "not a member of PutLifecycleHook",
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public void ARequestBreakingOneRule_IsRefusedByTheValidatorAndTheSchema(string code, string member, JsonNode? value)
    {
        var request = Valid();
        if (value is null)
        {
            request.Remove(member);
        }
        else
        {
            request[member] = value;
        }

        var json = request.ToJsonString();
        Assert.Contains(code, LifecycleHookJson.ValidatePutLifecycleHookRequests(json).Where(d => d.IsError).Select(d => d.Code));
        Assert.False(SchemaCheck.IsValid(PutLifecycleHookSchema.Name, json), $"the schema accepts {json}");
    }

    [Fact]
    public void EverySingleRequestErrorRule_IsInTheSchema_OrSaidWhyNot()
    {
        var covered = Breaks.Select(row => (string)row[0]).ToHashSet();
        var singleRequestErrors = typeof(AutoScalingDiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(code => string.CompareOrdinal(code, "ASH100") >= 0 && string.CompareOrdinal(code, "ASH150") < 0
                || code is AutoScalingDiagnosticCodes.TransitionRequiredOnCreate or AutoScalingDiagnosticCodes.RoleRequiredWithTarget);

        var missing = singleRequestErrors.Where(code => !covered.Contains(code) && !NotExpressible.ContainsKey(code)).ToList();
        Assert.True(missing.Count == 0, "rules neither in the schema nor said why not: " + string.Join(", ", missing));
    }

    [Fact]
    public void OneRequestOrAnArray_AndTheEmptyTargetNeedsNoRole()
    {
        var one = Valid();
        one["NotificationTargetARN"] = "";
        Assert.True(SchemaCheck.IsValid(PutLifecycleHookSchema.Name, one.ToJsonString()));
        Assert.True(SchemaCheck.IsValid(PutLifecycleHookSchema.Name, new JsonArray(Valid(), Valid()).ToJsonString()));
        Assert.False(SchemaCheck.IsValid(PutLifecycleHookSchema.Name, "[{}]"));
        var extra = Valid();
        extra["Extra"] = 1;
        Assert.False(SchemaCheck.IsValid(PutLifecycleHookSchema.Name, extra));
    }

    [Fact]
    public void TheSample_IsRefusedByBoth()
    {
        var json = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "samples", "put-lifecycle-hook.json"));
        Assert.Contains(LifecycleHookJson.ValidatePutLifecycleHookRequests(json), d => d.IsError);
        Assert.False(SchemaCheck.IsValid(PutLifecycleHookSchema.Name, json));
    }

    [Property(Arbitrary = [typeof(ValidRequests)])]
    public bool Property_EveryValidRequest_IsValidAgainstTheSchema(PutLifecycleHookRequest request) =>
        SchemaCheck.IsValid(PutLifecycleHookSchema.Name, LifecycleHookJson.Serialize(request));

    /// <summary>The schema's character patterns accept exactly what the validator's character rules accept.</summary>
    [Property(Arbitrary = [typeof(MixedText)])]
    public bool Property_ThePatternsAgreeWithTheCharacterRules(string text)
    {
        var name = Valid();
        name["LifecycleHookName"] = text;
        var group = Valid();
        group["AutoScalingGroupName"] = text;
        var metadata = Valid();
        metadata["NotificationMetadata"] = text;
        bool Fits(int max) => text.Length is > 0 && text.Length <= max;
        return SchemaCheck.IsValid(PutLifecycleHookSchema.Name, name) == (Fits(255) && CharacterRules.FirstInvalidHookNameCharacter(text) < 0)
            && SchemaCheck.IsValid(PutLifecycleHookSchema.Name, group) == (Fits(255) && CharacterRules.FirstInvalidXmlCharacter(text) < 0)
            && SchemaCheck.IsValid(PutLifecycleHookSchema.Name, metadata) == (Fits(4000) && CharacterRules.FirstInvalidPrintableAsciiCharacter(text) < 0);
    }

    /// <summary>Strings of allowed and refused characters (no lone surrogates: the XML pattern cannot see them).</summary>
    public static class MixedText
    {
        public static Arbitrary<string> Text() => Arb.From(
            Gen.ArrayOf(Gen.Elements("aZ09-_/ .:é\t\n\r\u0000\u0007\u001F\u007F\uFFFE\uFFFF~{}\"\u00a0".ToCharArray()))
                .Select(c => new string(c)));
    }

    private static JsonObject Valid() => new()
    {
        ["LifecycleHookName"] = "drain",
        ["AutoScalingGroupName"] = "web",
        ["LifecycleTransition"] = "autoscaling:EC2_INSTANCE_TERMINATING",
        ["HeartbeatTimeout"] = 300,
        ["DefaultResult"] = "CONTINUE",
        ["NotificationTargetARN"] = Target,
        ["RoleARN"] = Role,
        ["NotificationMetadata"] = "{\"service\":\"web\"}",
    };
}
