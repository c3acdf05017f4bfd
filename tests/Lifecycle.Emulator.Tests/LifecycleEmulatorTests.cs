using System.Net;
using System.Text;
using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Emulator.Tests;

public sealed class LifecycleEmulatorTests : IAsyncLifetime
{
    private LifecycleEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await LifecycleEmulator.StartAsync(new EmulatorOptions { Port = 0 });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private string Endpoint => _emulator.Endpoint.ToString();

    [Fact]
    public async Task Boto3_DrainHandler_RunsEveryStepAsAwsDocuments()
    {
        var (code, output, error) = await ClientProcess.RunAsync("python3", ClientProcess.Script("drain_handler.py"), Endpoint);

        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        Assert.Contains("every step as AWS documents", output);
    }

    [Fact]
    public async Task Boto3_NotificationsReachQueuesThroughSnsAndEventBridge_AndWarmPoolsFillAndServe()
    {
        var (code, output, error) = await ClientProcess.RunAsync("python3", ClientProcess.Script("notifications.py"), Endpoint);

        Assert.True(code == 0, $"exit {code}\n{output}\n{error}");
        Assert.Contains("notifications and warm pools as AWS documents", output);
    }

    [Fact]
    public async Task AwsCli_DescribesHookTypes_AndGetsAwsErrorForABadHook()
    {
        var (code, output, error) = await ClientProcess.RunAsync("aws", "--endpoint-url", Endpoint, "autoscaling", "describe-lifecycle-hook-types", "--output", "json");
        Assert.True(code == 0, error);
        Assert.Contains("autoscaling:EC2_INSTANCE_LAUNCHING", output);
        Assert.Contains("autoscaling:EC2_INSTANCE_TERMINATING", output);

        (code, _, error) = await ClientProcess.RunAsync("aws", "--endpoint-url", Endpoint, "autoscaling", "put-lifecycle-hook",
            "--auto-scaling-group-name", "web", "--lifecycle-hook-name", "bad name!", "--lifecycle-transition", "autoscaling:EC2_INSTANCE_LAUNCHING");
        Assert.NotEqual(0, code);
        Assert.Contains("(ValidationError)", error);

        (code, output, error) = await ClientProcess.RunAsync("aws", "--endpoint-url", Endpoint, "sqs", "create-queue", "--queue-name", "cli-queue", "--output", "json");
        Assert.True(code == 0, error);
        Assert.Contains("/123456789012/cli-queue", output);
    }

    [Fact]
    public async Task AwsSdkForDotNet_SqsClient_SendsReceivesAndDeletes()
    {
        using var sqs = new AmazonSQSClient(new BasicAWSCredentials("test", "test"), new AmazonSQSConfig { ServiceURL = Endpoint, AuthenticationRegion = "us-east-1" });
        var url = (await sqs.CreateQueueAsync("dotnet-queue")).QueueUrl;
        var sent = await sqs.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = url,
            MessageBody = "héllo",
            MessageAttributes = new() { ["kind"] = new MessageAttributeValue { DataType = "String", StringValue = "drain" } },
        });

        var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, WaitTimeSeconds = 1, MessageAttributeNames = ["All"] });

        var message = Assert.Single(received.Messages);
        Assert.Equal(sent.MessageId, message.MessageId);
        Assert.Equal("héllo", message.Body);
        Assert.Equal("drain", message.MessageAttributes["kind"].StringValue);
        await sqs.DeleteMessageAsync(url, message.ReceiptHandle);
        var again = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = url, WaitTimeSeconds = 0 });
        Assert.True(again.Messages is null or [], "the deleted message came back");
        var missing = await Assert.ThrowsAsync<QueueDoesNotExistException>(() => sqs.GetQueueUrlAsync("nope"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task ManyConcurrentCompletionsAndHeartbeats_EndEveryActionExactlyOnce()
    {
        using var http = new HttpClient { BaseAddress = _emulator.Endpoint };
        const int instances = 20;
        await WireCalls.Query(http, "autoscaling", "CreateAutoScalingGroup", "2011-01-01",
            ("AutoScalingGroupName", "busy"), ("MinSize", "0"), ("MaxSize", "50"), ("DesiredCapacity", instances.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("AvailabilityZones.member.1", "us-east-1a"), ("LaunchConfigurationName", "lc"),
            ("LifecycleHookSpecificationList.member.1.LifecycleHookName", "warm"),
            ("LifecycleHookSpecificationList.member.1.LifecycleTransition", "autoscaling:EC2_INSTANCE_LAUNCHING"));
        var ids = Enumerable.Range(1, instances).Select(n => $"i-{n:D17}").ToList();

        // Every instance gets three completions and three heartbeats at once, from many connections.
        var calls = ids.SelectMany(id => Enumerable.Range(0, 3).SelectMany(_ => new[]
        {
            WireCalls.Query(http, "autoscaling", "CompleteLifecycleAction", "2011-01-01", ("AutoScalingGroupName", "busy"), ("LifecycleHookName", "warm"), ("InstanceId", id), ("LifecycleActionResult", "CONTINUE")),
            WireCalls.Query(http, "autoscaling", "RecordLifecycleActionHeartbeat", "2011-01-01", ("AutoScalingGroupName", "busy"), ("LifecycleHookName", "warm"), ("InstanceId", id)),
        })).ToList();
        var answers = await Task.WhenAll(calls);

        var completions = answers.Where((_, i) => i % 2 == 0).ToList();
        Assert.Equal(instances, completions.Count(a => a.Status == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Contains("No active Lifecycle Action found", a.Body));
        var timeline = await http.GetStringAsync("_lifecycle/timeline");
        var completed = timeline.Split('\n').Where(l => l.Contains("\"event\":\"completed\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(instances, completed.Count);
        Assert.All(ids, id => Assert.Single(completed, l => l.Contains(id, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Action=DescribeLifecycleHookTypes&Version=2011-01-01&Bad=%ZZ", "MalformedQueryString", HttpStatusCode.NotFound)]
    [InlineData("Action=Explode&Version=2011-01-01", "InvalidAction", HttpStatusCode.BadRequest)]
    [InlineData("Version=2011-01-01", "MissingAction", HttpStatusCode.BadRequest)]
    [InlineData("Action=SetDesiredCapacity&Version=2011-01-01&AutoScalingGroupName=x", "MissingParameter", HttpStatusCode.BadRequest)]
    [InlineData("Action=PutLifecycleHook&Version=2011-01-01&AutoScalingGroupName=x&LifecycleHookName=h&HeartbeatTimeout=ten", "ValidationError", HttpStatusCode.BadRequest)]
    public async Task BadQueryRequest_GetsTheQueryErrorShape_AndTheServerKeepsServing(string form, string code, HttpStatusCode status)
    {
        using var http = new HttpClient { BaseAddress = _emulator.Endpoint };
        var answer = await WireCalls.Raw(http, "autoscaling", form, null);

        Assert.Equal(status, answer.Status);
        Assert.Contains($"<Code>{code}</Code>", answer.Body);
        Assert.Contains("<ErrorResponse xmlns=\"http://autoscaling.amazonaws.com/doc/2011-01-01/\">", answer.Body);
        Assert.Contains("<RequestId>", answer.Body);
        var after = await WireCalls.Query(http, "autoscaling", "DescribeLifecycleHookTypes", "2011-01-01");
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Theory]
    [InlineData("{not json", "SerializationException")]
    [InlineData("{\"QueueName\": 7}", "SerializationException")]
    [InlineData("[]", "SerializationException")]
    [InlineData("{}", "MissingParameter")]
    public async Task BadJsonRequest_GetsTheJsonErrorShape(string body, string code)
    {
        using var http = new HttpClient { BaseAddress = _emulator.Endpoint };
        var answer = await WireCalls.Raw(http, "sqs", body, "AmazonSQS.CreateQueue");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains($"\"__type\":\"com.amazonaws.sqs#{code}\"", answer.Body);
    }

    [Fact]
    public async Task BodyOverTheLimit_Gets413InTheProtocolShape()
    {
        using var http = new HttpClient { BaseAddress = _emulator.Endpoint };
        var answer = await WireCalls.Raw(http, "autoscaling", "Action=DescribeLifecycleHookTypes&Version=2011-01-01&Pad=" + new string('a', 2 * 1024 * 1024), null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Contains("<Code>RequestEntityTooLarge</Code>", answer.Body);
    }

    [Fact]
    public async Task UnsignedRequest_IsRefusedWith403()
    {
        using var http = new HttpClient { BaseAddress = _emulator.Endpoint };
        using var content = new StringContent("Action=DescribeLifecycleHookTypes&Version=2011-01-01", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await http.PostAsync(new Uri("/", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("<Code>MissingAuthenticationToken</Code>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AdvanceClock_MovesVirtualTime_AndTheClockEndpointSaysSo()
    {
        _emulator.AdvanceClock(TimeSpan.FromSeconds(90));
        using var http = new HttpClient { BaseAddress = _emulator.Endpoint };

        var clock = await http.GetStringAsync("_lifecycle/clock");

        Assert.Equal(TimeSpan.FromSeconds(90), _emulator.Now);
        Assert.Equal("{\"now\":90,\"time\":\"2026-01-01T00:01:30Z\"}\n", clock);
        Assert.Throws<ArgumentException>(() => _emulator.AdvanceClock(TimeSpan.FromMilliseconds(500)));
    }
}
