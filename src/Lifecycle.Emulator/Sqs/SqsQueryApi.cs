using System.Xml;
using Lifecycle.Emulator.Hosting;
using Lifecycle.Emulator.Wire;

namespace Lifecycle.Emulator.Sqs;

/// <summary>
/// SQS's query protocol (Action and Version 2012-11-05, XML answers), which older SDKs speak. A request may name
/// its queue by being posted to the queue's URL instead of a QueueUrl parameter.
/// </summary>
internal sealed class SqsQueryApi(SqsOperations sqs)
{
    public const string Namespace = "http://queue.amazonaws.com/doc/2012-11-05/";

    public async Task<WireResponse> HandleAsync(WireRequest request, CancellationToken cancellationToken)
    {
        var p = request.Parameters;
        string QueueUrl() => p.Get("QueueUrl") ?? (request.Path.Count(c => c == '/') >= 2 ? request.Path : throw ServiceError.MissingParameter("QueueUrl"));
        Action<XmlWriter>? result = request.Operation switch
        {
            "CreateQueue" => Url(sqs.CreateQueue(p.Required("QueueName"), Map(p, "Attribute"))),
            "GetQueueUrl" => Url(sqs.GetQueueUrl(p.Required("QueueName"))),
            "GetQueueAttributes" => Attributes(sqs.GetQueueAttributes(QueueUrl(), p.List("AttributeName", member: false))),
            "ListQueues" => ListQueues(sqs.ListQueues(p.Get("QueueNamePrefix"), p.Int("MaxResults"))),
            "SendMessage" => Sent(sqs.SendMessage(QueueUrl(), p.Required("MessageBody"), p.Int("DelaySeconds"), MessageAttributes(p))),
            "ReceiveMessage" => Received(await sqs.ReceiveMessageAsync(QueueUrl(), p.Int("MaxNumberOfMessages"), p.Int("VisibilityTimeout"), p.Int("WaitTimeSeconds"),
                [.. p.List("AttributeName", member: false), .. p.List("MessageSystemAttributeName", member: false)],
                p.List("MessageAttributeName", member: false), cancellationToken).ConfigureAwait(false)),
            "DeleteMessage" => Done(() => sqs.DeleteMessage(QueueUrl(), p.Required("ReceiptHandle"))),
            "DeleteMessageBatch" => Batch(sqs.DeleteMessageBatch(QueueUrl(),
                [.. p.Structures("DeleteMessageBatchRequestEntry", member: false).Select(e => (e.Required("Id"), e.Required("ReceiptHandle")))])),
            "ChangeMessageVisibility" => Done(() => sqs.ChangeMessageVisibility(QueueUrl(), p.Required("ReceiptHandle"), p.RequiredInt("VisibilityTimeout"))),
            "PurgeQueue" => Done(() => sqs.PurgeQueue(QueueUrl())),
            "DeleteQueue" => Done(() => sqs.DeleteQueue(QueueUrl())),
            _ => throw ServiceError.InvalidAction(request.Operation, "Amazon SQS"),
        };
        return WireResponse.XmlOk(QueryXml.Success(request.Operation, Namespace, request.RequestId, result));
    }

    private static Dictionary<string, string> Map(QueryParameters p, string name) =>
        p.Structures(name, member: false).ToDictionary(e => e.Required("Name"), e => e.Get("Value") ?? string.Empty, StringComparer.Ordinal);

    private static List<SqsMessageAttribute> MessageAttributes(QueryParameters p) =>
        [.. p.Structures("MessageAttribute", member: false).Select(a =>
        {
            var value = a.Structure("Value") ?? throw ServiceError.MissingParameter("MessageAttribute.Value");
            byte[]? binary = null;
            if (value.Get("BinaryValue") is { } b)
            {
                try
                {
                    binary = Convert.FromBase64String(b);
                }
                catch (FormatException)
                {
                    throw ServiceError.InvalidParameterValue($"The BinaryValue of the message attribute {a.Get("Name")} is not base64.");
                }
            }

            return new SqsMessageAttribute(a.Required("Name"), value.Required("DataType"), value.Get("StringValue"), binary);
        })];

    private static Action<XmlWriter>? Done(Action action)
    {
        action();
        return null;
    }

    private static Action<XmlWriter> Url(string url) => w => QueryXml.Element(w, "QueueUrl", url);

    private static Action<XmlWriter> Attributes(Dictionary<string, string> attributes) => w =>
    {
        foreach (var (k, v) in attributes)
        {
            w.WriteStartElement("Attribute");
            QueryXml.Element(w, "Name", k);
            QueryXml.Element(w, "Value", v);
            w.WriteEndElement();
        }
    };

    private static Action<XmlWriter> ListQueues(List<string> urls) => w => urls.ForEach(u => QueryXml.Element(w, "QueueUrl", u));

    private static Action<XmlWriter> Sent(SqsMessage m) => w =>
    {
        QueryXml.Element(w, "MD5OfMessageBody", m.Md5OfBody);
        QueryXml.Element(w, "MD5OfMessageAttributes", m.Md5OfMessageAttributes);
        QueryXml.Element(w, "MessageId", m.MessageId);
    };

    private static Action<XmlWriter> Received(List<ReceivedMessage> messages) => w =>
    {
        foreach (var r in messages)
        {
            w.WriteStartElement("Message");
            QueryXml.Element(w, "MessageId", r.Message.MessageId);
            QueryXml.Element(w, "ReceiptHandle", r.ReceiptHandle);
            QueryXml.Element(w, "MD5OfBody", r.Message.Md5OfBody);
            QueryXml.Element(w, "Body", r.Message.Body);
            foreach (var (k, v) in r.SystemAttributes)
            {
                w.WriteStartElement("Attribute");
                QueryXml.Element(w, "Name", k);
                QueryXml.Element(w, "Value", v);
                w.WriteEndElement();
            }

            if (r.MessageAttributes.Count > 0)
            {
                QueryXml.Element(w, "MD5OfMessageAttributes", SqsChecksums.Md5OfAttributes(r.MessageAttributes));
            }

            foreach (var a in r.MessageAttributes)
            {
                w.WriteStartElement("MessageAttribute");
                QueryXml.Element(w, "Name", a.Name);
                w.WriteStartElement("Value");
                QueryXml.Element(w, "StringValue", a.StringValue);
                QueryXml.Element(w, "BinaryValue", a.BinaryValue is null ? null : Convert.ToBase64String(a.BinaryValue));
                QueryXml.Element(w, "DataType", a.DataType);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }
    };

    private static Action<XmlWriter> Batch((List<string> Successful, List<(string Id, ServiceError Error)> Failed) result) => w =>
    {
        foreach (var id in result.Successful)
        {
            w.WriteStartElement("DeleteMessageBatchResultEntry");
            QueryXml.Element(w, "Id", id);
            w.WriteEndElement();
        }

        foreach (var (id, error) in result.Failed)
        {
            w.WriteStartElement("BatchResultErrorEntry");
            QueryXml.Element(w, "Id", id);
            QueryXml.Element(w, "SenderFault", error.SenderFault);
            QueryXml.Element(w, "Code", error.QueryCode ?? error.Code);
            QueryXml.Element(w, "Message", error.Message);
            w.WriteEndElement();
        }
    };
}
