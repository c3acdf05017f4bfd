using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Lifecycle.Emulator.Tests;

/// <summary>
/// SQS's query protocol, which SDKs released before SQS took up the JSON protocol speak. No such client can be
/// installed here (boto3, the AWS CLI and every AWSSDK.SQS served speak JSON to SQS), so these requests are written
/// by hand and the answers read against the shapes of the SQS API reference's query examples.
/// </summary>
public sealed class SqsQueryProtocolTests(EmulatorFixture server) : IClassFixture<EmulatorFixture>
{
    private static readonly XNamespace Sqs = "http://queue.amazonaws.com/doc/2012-11-05/";

    [Fact]
    public async Task SendReceiveDelete_AnswerInTheQueryShapes()
    {
        var created = await Ok("CreateQueue", ("QueueName", "query-queue"), ("Attribute.1.Name", "VisibilityTimeout"), ("Attribute.1.Value", "40"));
        Assert.Equal(Sqs + "CreateQueueResponse", created.Root!.Name);
        var url = created.Root.Element(Sqs + "CreateQueueResult")!.Element(Sqs + "QueueUrl")!.Value;
        Assert.EndsWith("/123456789012/query-queue", url);
        Assert.NotEmpty(created.Root.Element(Sqs + "ResponseMetadata")!.Element(Sqs + "RequestId")!.Value);

        var sent = (await Ok("SendMessage", ("QueueUrl", url), ("MessageBody", "héllo"))).Root!.Element(Sqs + "SendMessageResult")!;
        Assert.Equal(Md5("héllo"), sent.Element(Sqs + "MD5OfMessageBody")!.Value);

        var received = (await Ok("ReceiveMessage", ("QueueUrl", url), ("AttributeName.1", "All"), ("MaxNumberOfMessages", "10"))).Root!.Element(Sqs + "ReceiveMessageResult")!;
        var message = Assert.Single(received.Elements(Sqs + "Message"));
        Assert.Equal(sent.Element(Sqs + "MessageId")!.Value, message.Element(Sqs + "MessageId")!.Value);
        Assert.Equal("héllo", message.Element(Sqs + "Body")!.Value);
        Assert.Equal(Md5("héllo"), message.Element(Sqs + "MD5OfBody")!.Value);
        var attributes = message.Elements(Sqs + "Attribute").ToDictionary(a => a.Element(Sqs + "Name")!.Value, a => a.Element(Sqs + "Value")!.Value);
        Assert.Equal("1", attributes["ApproximateReceiveCount"]);
        Assert.True(long.TryParse(attributes["SentTimestamp"], out _), "SentTimestamp is epoch milliseconds");

        var deleted = await Ok("DeleteMessage", ("QueueUrl", url), ("ReceiptHandle", message.Element(Sqs + "ReceiptHandle")!.Value));
        Assert.Equal(Sqs + "DeleteMessageResponse", deleted.Root!.Name);
        server.Emulator.AdvanceClock(TimeSpan.FromSeconds(41));
        var again = (await Ok("ReceiveMessage", ("QueueUrl", url))).Root!.Element(Sqs + "ReceiveMessageResult")!;
        Assert.Empty(again.Elements(Sqs + "Message"));
    }

    [Fact]
    public async Task ARequestPostedToTheQueueUrl_NeedsNoQueueUrlParameter()
    {
        var url = new Uri((await Ok("CreateQueue", ("QueueName", "by-path"))).Descendants(Sqs + "QueueUrl").Single().Value);
        var form = "Action=SendMessage&Version=2012-11-05&MessageBody=x";

        var (status, body) = await WireCalls.Raw(server.Http, "sqs", form, null, url.AbsolutePath);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Md5("x"), XDocument.Parse(body).Descendants(Sqs + "MD5OfMessageBody").Single().Value);
    }

    [Fact]
    public async Task AQueueThatDoesNotExist_IsTheQueryErrorCode()
    {
        var (status, body) = await WireCalls.Query(server.Http, "sqs", "GetQueueUrl", "2012-11-05", ("QueueName", "no-such-queue"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = XDocument.Parse(body).Root!.Element(Sqs + "Error")!;
        Assert.Equal("Sender", error.Element(Sqs + "Type")!.Value);
        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", error.Element(Sqs + "Code")!.Value);
    }

    private async Task<XDocument> Ok(string action, params (string, string)[] parameters)
    {
        var (status, body) = await WireCalls.Query(server.Http, "sqs", action, "2012-11-05", parameters);
        Assert.True(status == HttpStatusCode.OK, body);
        return XDocument.Parse(body);
    }

#pragma warning disable CA5351 // SQS's MD5OfMessageBody is MD5 by definition.
    private static string Md5(string body) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(body)));
#pragma warning restore CA5351
}
