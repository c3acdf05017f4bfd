using Lifecycle.Core.CodeDeploy;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.CodeDeploy.Planning;

namespace Lifecycle.Core.Tests.CodeDeploy.Planning;

public class DeploymentPlannerTests
{
    private const string Current = """
        version: 0.0
        os: linux
        hooks:
          ApplicationStop:
            - location: scripts/stop-new.sh
          BeforeInstall:
            - location: scripts/before.sh
              timeout: 60
          ApplicationStart:
            - location: scripts/start.sh
              runas: app
            - location: scripts/warm.sh
          CustomEvent:
            - location: scripts/custom.sh
        """;

    private const string Previous = "version: 0.0\nos: linux\nhooks:\n  ApplicationStop:\n    - location: scripts/stop-old.sh\n";

    private static AppSpecDocument Read(string yaml) => AppSpecReader.Read(yaml);

    [Fact]
    public void Plan_FillsEachEventFromItsRevision()
    {
        var plan = DeploymentPlanner.Plan(Read(Current), new DeploymentScenario(), lastSuccessful: Read(Previous).Server).Value;

        Assert.Equal("scripts/stop-old.sh", Assert.Single(plan.Events.Single(e => e.Name.Value == "ApplicationStop").Scripts).Location);
        Assert.Equal(["scripts/start.sh", "scripts/warm.sh"], plan.Events.Single(e => e.Name.Value == "ApplicationStart").Scripts.Select(s => s.Location));
        Assert.Equal(60, plan.Events.Single(e => e.Name.Value == "BeforeInstall").Scripts[0].Timeout.Seconds);
        Assert.DoesNotContain(plan.Events, e => e.Name.Value == "CustomEvent");
    }

    [Fact]
    public void Plan_FirstDeployment_RunsNoApplicationStop()
    {
        var plan = DeploymentPlanner.Plan(Read(Current), new DeploymentScenario()).Value;

        Assert.True(plan.Events.Single(e => e.Name.Value == "ApplicationStop").IsNoop);
    }

    [Fact]
    public void Plan_InvalidAppSpec_FailsWithItsErrors()
    {
        var result = DeploymentPlanner.Plan(Read("version: 1\nos: linux\n"), new DeploymentScenario());

        Assert.False(result.Succeeded);
        Assert.Equal("APP102", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Plan_Ecs_NamesTheFunctionOfEachHook()
    {
        const string ecs = """
            version: 0.0
            Resources:
              - TargetService:
                  Type: AWS::ECS::Service
                  Properties:
                    TaskDefinition: "arn:aws:ecs:us-east-1:111222333444:task-definition/web:3"
                    LoadBalancerInfo:
                      ContainerName: "web"
                      ContainerPort: 80
            Hooks:
              - AfterAllowTestTraffic: "CodeDeployHook_test"
              - BeforeAllowTraffic: "CodeDeployHook_gate"
            """;

        var plan = DeploymentPlanner.Plan(Read(ecs), new DeploymentScenario { TestListener = true }).Value;

        Assert.Equal(ComputePlatform.Ecs, plan.Platform);
        Assert.Equal("CodeDeployHook_test", plan.Events.Single(e => e.Name.Value == "AfterAllowTestTraffic").FunctionName);
        Assert.Equal("CodeDeployHook_gate", plan.Events.Single(e => e.Name.Value == "BeforeAllowTraffic").FunctionName);
        Assert.True(plan.Events.Single(e => e.Name.Value == "AfterInstall").IsNoop);
    }
}
