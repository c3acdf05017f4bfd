using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

/// <summary>ECS (reference §7.3) and Lambda (§7.2) AppSpecs.</summary>
public class FunctionAppSpecTests
{
    private const string Ecs = """
        version: 0.0
        Resources:
          - TargetService:
              Type: AWS::ECS::Service
              Properties:
                TaskDefinition: "arn:aws:ecs:us-east-1:111222333444:task-definition/web:3"
                LoadBalancerInfo:
                  ContainerName: "web"
                  ContainerPort: 80
                PlatformVersion: "LATEST"
                NetworkConfiguration:
                  AwsvpcConfiguration:
                    Subnets: ["subnet-1234abcd", "subnet-5678abcd"]
                    SecurityGroups: ["sg-12345678"]
                    AssignPublicIp: "ENABLED"
                CapacityProviderStrategy:
                  - Base: 1
                    CapacityProvider: "FARGATE_SPOT"
                    Weight: 2
                  - CapacityProvider: "FARGATE"
                    Weight: 1
        Hooks:
          - BeforeInstall: "LambdaFunctionToValidateBeforeInstall"
          - AfterAllowTraffic: "LambdaFunctionToValidateAfterTraffic"
        """;

    private const string Lambda = """
        version: 0.0
        Resources:
          - myLambdaFunction:
              Type: AWS::Lambda::Function
              Properties:
                Name: "myLambdaFunction"
                Alias: "myLambdaFunctionAlias"
                CurrentVersion: "1"
                TargetVersion: "2"
        Hooks:
          - BeforeAllowTraffic: "LambdaFunctionToValidateBeforeTrafficShift"
          - AfterAllowTraffic: "LambdaFunctionToValidateAfterTrafficShift"
        """;

    private static Diagnostic Only(string yaml, string code) => Assert.Single(AppSpecReader.Read(yaml).Diagnostics, d => d.Code == code);

    [Fact]
    public void Ecs_DocumentedExample_IsReadInFull()
    {
        var document = AppSpecReader.Read(Ecs);

        Assert.Equal(ComputePlatform.Ecs, document.Platform);
        Assert.Empty(document.Diagnostics);
        var service = document.Ecs!.TargetService;
        Assert.Equal("web", service.ContainerName);
        Assert.Equal(80, service.ContainerPort);
        Assert.Equal(["subnet-1234abcd", "subnet-5678abcd"], service.Subnets);
        Assert.Equal("ENABLED", service.AssignPublicIp);
        Assert.Equal([new EcsCapacityProvider { CapacityProvider = "FARGATE_SPOT", Base = 1, Weight = 2 }, new EcsCapacityProvider { CapacityProvider = "FARGATE", Base = 0, Weight = 1 }], service.CapacityProviderStrategy);
        Assert.Equal([new FunctionHook { LifecycleEvent = LifecycleEventName.BeforeInstall, FunctionName = "LambdaFunctionToValidateBeforeInstall" }, new FunctionHook { LifecycleEvent = LifecycleEventName.AfterAllowTraffic, FunctionName = "LambdaFunctionToValidateAfterTraffic" }], document.Ecs.Hooks);
    }

    [Fact]
    public void Lambda_DocumentedExample_IsReadInFull()
    {
        var document = AppSpecReader.Read(Lambda);

        Assert.Equal(ComputePlatform.Lambda, document.Platform);
        Assert.Empty(document.Diagnostics);
        Assert.Equal(("myLambdaFunction", "myLambdaFunctionAlias", 1, 2), (document.Lambda!.Name, document.Lambda.Alias, document.Lambda.CurrentVersion, document.Lambda.TargetVersion));
        Assert.Equal(2, document.Lambda.Hooks.Count);
    }

    [Fact]
    public void Lambda_LowerCaseKeys_AreReadToo()
    {
        var lower = "version: 0.0\nresources:\n  - fn:\n      type: AWS::Lambda::Function\n      properties:\n        name: fn\n        alias: live\n        currentversion: 1\n        targetversion: 2\nhooks:\n  - BeforeAllowTraffic: check\n";
        var document = AppSpecReader.Read(lower);

        Assert.True(document.IsValid, string.Join("\n", document.Diagnostics));
        Assert.Equal(2, document.Lambda!.TargetVersion);
    }

    [Fact]
    public void Json_IsRead_AndMustBeStrictJson()
    {
        const string json = """{"version": 0.0, "Resources": [{"fn": {"Type": "AWS::Lambda::Function", "Properties": {"Name": "fn", "Alias": "live", "CurrentVersion": "1", "TargetVersion": "2"}}}]}""";

        Assert.True(AppSpecReader.Read(json).IsValid);
        var error = Only(json.Replace("\"2\"}}}]}", "\"2\"},}}]}", StringComparison.Ordinal), "APP001");
        Assert.Contains("JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_WithACommaBeforeTheBrace_IsRefusedForLambda_ButAServerAppSpecSoWrittenIsRead_AsTheAgentsYamlLoadReadsIt()
    {
        const string server = """{"version": 0.0, "os": "linux", "hooks": {"ApplicationStart": [{"location": "start.sh", "timeout": 30},]},}""";

        var document = AppSpecReader.Read(server);

        Assert.True(document.IsValid, string.Join("\n", document.Diagnostics));
        Assert.Equal(30, document.Server!.Hooks[0].Scripts[0].Timeout.Seconds);
    }

    [Fact]
    public void Json_ReadOnce_GivesTheSameVerdictsAsItsYamlSpelling()
    {
        const string json = """{"version": 0.0, "Resources": [{"fn": {"Type": "AWS::Lambda::Function", "Properties": {"Name": "fn", "Alias": "live", "CurrentVersion": 1, "TargetVersion": "x"}}}], "Hooks": [{"BeforeAllowTrafic": "check"}]}""";
        const string yaml = "version: 0.0\nResources:\n  - fn:\n      Type: AWS::Lambda::Function\n      Properties: {Name: fn, Alias: live, CurrentVersion: 1, TargetVersion: x}\nHooks:\n  - BeforeAllowTrafic: check\n";

        Assert.Equal(
            AppSpecReader.Read(yaml).Diagnostics.Select(d => (d.Code, d.Path)),
            AppSpecReader.Read(json).Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.NotEmpty(AppSpecReader.Read(json).Diagnostics);
    }

    [Theory]
    [InlineData("version: 0.0", "version: 1", "APP301")]
    [InlineData("Type: AWS::ECS::Service", "Type: AWS::ECS::TaskSet", "APP304")]
    [InlineData("TaskDefinition: \"arn:aws:ecs:us-east-1:111222333444:task-definition/web:3\"", "TaskDefinition: \"\"", "APP305")]
    [InlineData("ContainerName: \"web\"", "ContainerNam: \"web\"", "APP305")]
    [InlineData("ContainerPort: 80", "ContainerPort: eighty", "APP306")]
    [InlineData("AssignPublicIp: \"ENABLED\"", "AssignPublicIp: \"YES\"", "APP307")]
    [InlineData("SecurityGroups: [\"sg-12345678\"]", "", "APP307")]
    [InlineData("CapacityProvider: \"FARGATE\"\n            Weight: 1", "CapacityProvider: \"FARGATE\"\n            Base: 2", "APP308")]
    [InlineData("- BeforeInstall: \"LambdaFunctionToValidateBeforeInstall\"", "- ApplicationStart: \"x\"", "APP310")]
    [InlineData("- BeforeInstall: \"LambdaFunctionToValidateBeforeInstall\"", "- BeforeInstall:", "APP311")]
    [InlineData("- BeforeInstall: \"LambdaFunctionToValidateBeforeInstall\"", "- BeforeInstall: a\n    AfterInstall: b", "APP309")]
    public void Ecs_DocumentedRules_AreErrors(string replace, string with, string code)
    {
        var yaml = Ecs.Replace(replace, with, StringComparison.Ordinal);
        Assert.NotEqual(Ecs, yaml);
        Assert.True(Only(yaml, code).IsError);
    }

    [Theory]
    [InlineData("version: 0.0\nResources: none\n")]
    [InlineData("version: 0.0\nHooks:\n  - BeforeInstall: fn\n")]
    public void Resources_MissingOrNotAList_IsAPP302(string yaml) =>
        Assert.True(Assert.Single(AppSpecReader.Read(yaml, new AppSpecOptions { Platform = ComputePlatform.Ecs }).Diagnostics, d => d.Code == "APP302").IsError);

    [Fact]
    public void Ecs_PortInQuotes_IsAWarning()
    {
        var document = AppSpecReader.Read(Ecs.Replace("ContainerPort: 80", "ContainerPort: \"80\"", StringComparison.Ordinal));
        Assert.True(document.IsValid);
        Assert.Equal("APP217", Assert.Single(document.Diagnostics).Code);
    }

    [Fact]
    public void Ecs_TwoResources_AreRefused() =>
        Assert.True(Only(Ecs.Replace("Hooks:", "  - Other:\n      Type: AWS::ECS::Service\nHooks:", StringComparison.Ordinal), "APP303").IsError);

    [Fact]
    public void Ecs_TestTrafficHook_WarnsAboutTheTestListener() =>
        Assert.Equal(DiagnosticSeverity.Warning, Only(Ecs.Replace("- BeforeInstall:", "- AfterAllowTestTraffic:", StringComparison.Ordinal), "APP205").Severity);

    [Theory]
    [InlineData("CurrentVersion: \"1\"", "CurrentVersion: \"$LATEST\"", "APP306")]
    [InlineData("CurrentVersion: \"1\"", "CurrentVersion: 0", "APP306")]
    [InlineData("TargetVersion: \"2\"", "", "APP305")]
    [InlineData("Alias: \"myLambdaFunctionAlias\"", "Alias: \"\"", "APP305")]
    [InlineData("- BeforeAllowTraffic:", "- BeforeInstall:", "APP310")]
    [InlineData("Hooks:\n  - BeforeAllowTraffic: \"LambdaFunctionToValidateBeforeTrafficShift\"\n  - AfterAllowTraffic: \"LambdaFunctionToValidateAfterTrafficShift\"", "Hooks:\n  BeforeAllowTraffic: x", "APP309")]
    public void Lambda_DocumentedRules_AreErrors(string replace, string with, string code)
    {
        var yaml = Lambda.Replace(replace, with, StringComparison.Ordinal);
        Assert.NotEqual(Lambda, yaml);
        Assert.True(Only(yaml, code).IsError);
    }

    [Fact]
    public void ForcedPlatform_ReadsTheFileAsThatPlatform()
    {
        var asLambda = AppSpecReader.Read(Ecs, new AppSpecOptions { Platform = ComputePlatform.Lambda });

        Assert.Equal(ComputePlatform.Lambda, asLambda.Platform);
        Assert.Contains(asLambda.Diagnostics, d => d.Code == "APP304");
    }

    [Fact]
    public void MiscasedKey_IsReadWithAWarning()
    {
        var document = AppSpecReader.Read(Ecs.Replace("TaskDefinition:", "taskDefinition:", StringComparison.Ordinal));
        Assert.True(document.IsValid);
        Assert.Equal("APP007", Assert.Single(document.Diagnostics).Code);
    }
}
