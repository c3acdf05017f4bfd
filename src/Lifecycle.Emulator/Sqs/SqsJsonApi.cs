using System.Text.Json;
using Lifecycle.Emulator.Hosting;
using Lifecycle.Emulator.Wire;

namespace Lifecycle.Emulator.Sqs;

/// <summary>
/// SQS's JSON protocol (awsJson1_0, <c>X-Amz-Target: AmazonSQS.{Operation}</c>), which current SDKs speak. Errors
/// carry the query protocol's code in <c>x-amzn-query-error</c>, as SQS sends it for query-compatible clients.
/// </summary>
internal sealed class SqsJsonApi(SqsOperations sqs)
{
    public const string ContentType = "application/x-amz-json-1.0";
    public const string ErrorTypePrefix = "com.amazonaws.sqs#";

    public async Task<WireResponse> HandleAsync(WireRequest request, CancellationToken cancellationToken)
    {
        var args = JsonArgs.Parse(request.Body, out var document);
        using (document)
        {
            var body = request.Operation switch
            {
                "CreateQueue" => Url(sqs.CreateQueue(args.Required("QueueName"), args.StringMap("Attributes"))),
                "GetQueueUrl" => Url(sqs.GetQueueUrl(args.Required("QueueName"))),
                "GetQueueAttributes" => Attributes(sqs.GetQueueAttributes(args.Required("QueueUrl"), args.Strings("AttributeNames"))),
                "ListQueues" => ListQueues(sqs.ListQueues(args.String("QueueNamePrefix"), args.Int("MaxResults"))),
                "SendMessage" => Sent(sqs.SendMessage(args.Required("QueueUrl"), args.Required("MessageBody"), args.Int("DelaySeconds"), MessageAttributes(args))),
                "ReceiveMessage" => Received(await sqs.ReceiveMessageAsync(
                    args.Required("QueueUrl"), args.Int("MaxNumberOfMessages"), args.Int("VisibilityTimeout"), args.Int("WaitTimeSeconds"),
                    [.. args.Strings("AttributeNames"), .. args.Strings("MessageSystemAttributeNames")], args.Strings("MessageAttributeNames"), cancellationToken).ConfigureAwait(false)),
                "DeleteMessage" => Done(() => sqs.DeleteMessage(args.Required("QueueUrl"), args.Required("ReceiptHandle"))),
                "DeleteMessageBatch" => Batch(sqs.DeleteMessageBatch(args.Required("QueueUrl"),
                    [.. args.Objects("Entries").Select(e => (e.Required("Id"), e.Required("ReceiptHandle")))])),
                "ChangeMessageVisibility" => Done(() => sqs.ChangeMessageVisibility(args.Required("QueueUrl"), args.Required("ReceiptHandle"),
                    args.Int("VisibilityTimeout") ?? throw ServiceError.MissingParameter("VisibilityTimeout"))),
                "PurgeQueue" => Done(() => sqs.PurgeQueue(args.Required("QueueUrl"))),
                "DeleteQueue" => Done(() => sqs.DeleteQueue(args.Required("QueueUrl"))),
                _ => throw new ServiceError("UnsupportedOperation", $"The emulator's SQS does not serve {request.Operation}; see docs/emulator.md for the operations it does.", queryCode: "AWS.SimpleQueueService.UnsupportedOperation"),
            };
            return new WireResponse(200, ContentType, body);
        }
    }

    private static List<SqsMessageAttribute> MessageAttributes(JsonArgs args) =>
        [.. args.ObjectMap("MessageAttributes").Select(a => new SqsMessageAttribute(
            a.Name, a.Value.Required("DataType"), a.Value.String("StringValue"), a.Value.Base64("BinaryValue")))];

    private static byte[] Done(Action action)
    {
        action();
        return JsonAnswer.Empty;
    }

    private static byte[] Url(string url) => JsonAnswer.Write(w => w.WriteString("QueueUrl", url));

    private static byte[] Attributes(Dictionary<string, string> attributes) => JsonAnswer.Write(w =>
    {
        w.WriteStartObject("Attributes");
        foreach (var (k, v) in attributes)
        {
            w.WriteString(k, v);
        }

        w.WriteEndObject();
    });

    private static byte[] ListQueues(List<string> urls) => JsonAnswer.Write(w =>
    {
        if (urls.Count > 0)
        {
            w.WriteStartArray("QueueUrls");
            urls.ForEach(w.WriteStringValue);
            w.WriteEndArray();
        }
    });

    private static byte[] Sent(SqsMessage m) => JsonAnswer.Write(w =>
    {
        w.WriteString("MD5OfMessageBody", m.Md5OfBody);
        if (m.Md5OfMessageAttributes is { } md5)
        {
            w.WriteString("MD5OfMessageAttributes", md5);
        }

        w.WriteString("MessageId", m.MessageId);
    });

    private static byte[] Received(List<ReceivedMessage> messages) => JsonAnswer.Write(w =>
    {
        if (messages.Count == 0)
        {
            return;
        }

        w.WriteStartArray("Messages");
        foreach (var r in messages)
        {
            w.WriteStartObject();
            w.WriteString("MessageId", r.Message.MessageId);
            w.WriteString("ReceiptHandle", r.ReceiptHandle);
            w.WriteString("MD5OfBody", r.Message.Md5OfBody);
            w.WriteString("Body", r.Message.Body);
            if (r.SystemAttributes.Count > 0)
            {
                w.WriteStartObject("Attributes");
                foreach (var (k, v) in r.SystemAttributes)
                {
                    w.WriteString(k, v);
                }

                w.WriteEndObject();
            }

            if (r.MessageAttributes.Count > 0)
            {
                w.WriteString("MD5OfMessageAttributes", SqsChecksums.Md5OfAttributes(r.MessageAttributes));
                w.WriteStartObject("MessageAttributes");
                foreach (var a in r.MessageAttributes)
                {
                    w.WriteStartObject(a.Name);
                    w.WriteString("DataType", a.DataType);
                    if (a.BinaryValue is { } binary)
                    {
                        w.WriteBase64String("BinaryValue", binary);
                    }
                    else
                    {
                        w.WriteString("StringValue", a.StringValue);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static byte[] Batch((List<string> Successful, List<(string Id, ServiceError Error)> Failed) result) => JsonAnswer.Write(w =>
    {
        w.WriteStartArray("Successful");
        foreach (var id in result.Successful)
        {
            w.WriteStartObject();
            w.WriteString("Id", id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("Failed");
        foreach (var (id, error) in result.Failed)
        {
            w.WriteStartObject();
            w.WriteString("Id", id);
            w.WriteBoolean("SenderFault", error.SenderFault);
            w.WriteString("Code", error.QueryCode ?? error.Code);
            w.WriteString("Message", error.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    /// <summary>The JSON error, and the x-amzn-query-error value <c>{query code};Sender</c>.</summary>
    public static WireResponse Error(ServiceError error) =>
        new(error.Status, ContentType, JsonAnswer.Error(error, ErrorTypePrefix), $"{error.QueryCode ?? error.Code};{(error.SenderFault ? "Sender" : "Receiver")}");
}
