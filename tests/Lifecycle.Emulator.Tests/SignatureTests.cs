using System.Net;
using Amazon.Runtime;
using Amazon.SQS;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Emulator.Tests;

/// <summary>
/// An emulator started with an access key verifies Signature Version 4 as AWS does: the clients' own signers (the
/// AWS CLI's botocore, the AWS SDK for .NET) must produce the signature the emulator computes again.
/// </summary>
public sealed class SignatureTests : IAsyncLifetime
{
    private LifecycleEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await LifecycleEmulator.StartAsync(new EmulatorOptions { Port = 0, AccessKeyId = "test", SecretAccessKey = "test" });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    // One read-only call of each service the emulator serves, as the AWS CLI names them.
    public static TheoryData<string, string> EveryService => new()
    {
        { "autoscaling", "describe-lifecycle-hook-types" },
        { "sqs", "list-queues" },
        { "sns", "list-topics" },
        { "events", "list-rules" },
    };

    private string Endpoint => _emulator.Endpoint.ToString();

    [Theory]
    [MemberData(nameof(EveryService))]
    public async Task AwsCli_WithTheRightSecret_IsServed(string service, string command)
    {
        var (code, _, error) = await ClientProcess.RunAsync("aws", "--endpoint-url", Endpoint, service, command, "--output", "json");

        Assert.True(code == 0, error);
    }

    [Theory]
    [MemberData(nameof(EveryService))]
    public async Task AwsCli_WithAWrongSecret_GetsSignatureDoesNotMatch(string service, string command)
    {
        var wrong = new Dictionary<string, string> { ["AWS_SECRET_ACCESS_KEY"] = "not-the-secret" };

        var (code, _, error) = await ClientProcess.RunWithAsync(wrong, "aws", "--endpoint-url", Endpoint, service, command, "--output", "json");

        Assert.NotEqual(0, code);
        Assert.Contains("(SignatureDoesNotMatch)", error);
    }

    [Fact]
    public async Task AwsCli_WithAnotherAccessKey_GetsInvalidClientTokenId()
    {
        var other = new Dictionary<string, string> { ["AWS_ACCESS_KEY_ID"] = "someone-else" };

        var (code, _, error) = await ClientProcess.RunWithAsync(other, "aws", "--endpoint-url", Endpoint, "autoscaling", "describe-lifecycle-hook-types");

        Assert.NotEqual(0, code);
        Assert.Contains("(InvalidClientTokenId)", error);
    }

    [Fact]
    public async Task AwsSdkForDotNet_SignsAsTheEmulatorVerifies()
    {
        var config = new AmazonSQSConfig { ServiceURL = Endpoint, AuthenticationRegion = "us-east-1" };
        using var right = new AmazonSQSClient(new BasicAWSCredentials("test", "test"), config);
        using var wrong = new AmazonSQSClient(new BasicAWSCredentials("test", "not-the-secret"), config);

        var url = (await right.CreateQueueAsync("signed")).QueueUrl;
        var refused = await Assert.ThrowsAsync<AmazonSQSException>(() => wrong.GetQueueUrlAsync("signed"));

        Assert.EndsWith("/signed", url);
        Assert.Equal("SignatureDoesNotMatch", refused.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
