using System.Text.Json;
using Lifecycle.Core.AutoScaling.Templates;

namespace Lifecycle.Core.Tests.AutoScaling.Templates;

public class HookDefinitionFormatTests
{
    [Theory]
    [InlineData("{\"LifecycleHookName\":\"h\"}", HookDefinitionFormat.PutLifecycleHookJson)]
    [InlineData("AWSTemplateFormatVersion: '2010-09-09'\nResources: {}\n", HookDefinitionFormat.CloudFormation)]
    [InlineData("{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}", HookDefinitionFormat.CloudFormation)]
    [InlineData("{\"format_version\": \"1.2\", \"planned_values\": {}}", HookDefinitionFormat.TerraformPlan)]
    public void TheFormat_ComesFromTheContent_NotTheFileName(string text, HookDefinitionFormat format)
    {
        Assert.Equal(format, LifecycleHookDefinitions.Validate(text).Format);
    }

    [Fact]
    public void Json_IsTheFormatsName()
    {
        Assert.Equal("\"TerraformPlan\"", JsonSerializer.Serialize(HookDefinitionFormat.TerraformPlan));
    }
}
