namespace Lifecycle.Emulator.Sqs;

/// <summary>A message in a queue, with what SQS tracks of it: when it was sent, when it is visible again, how often received.</summary>
internal sealed class SqsMessage(long sequence, string messageId, string body, long sentAt, IReadOnlyList<SqsMessageAttribute> attributes)
{
    /// <summary>Its place in the queue, in sending order; receipt handles name it.</summary>
    public long Sequence { get; } = sequence;

    public string MessageId { get; } = messageId;

    public string Body { get; } = body;

    public string Md5OfBody { get; } = SqsChecksums.Md5Hex(body);

    public IReadOnlyList<SqsMessageAttribute> Attributes { get; } = attributes;

    public string? Md5OfMessageAttributes { get; } = attributes.Count == 0 ? null : SqsChecksums.Md5OfAttributes(attributes);

    /// <summary>The virtual second it was sent.</summary>
    public long SentAt { get; } = sentAt;

    /// <summary>The virtual second from which receives see it (after a delay, or when a receive's visibility timeout ends).</summary>
    public long VisibleAt { get; set; } = sentAt;

    public int ReceiveCount { get; set; }

    public long? FirstReceivedAt { get; set; }

    /// <summary>The receipt handle of the latest receive; only it deletes the message.</summary>
    public string? ReceiptHandle { get; set; }
}

/// <summary>A message attribute: its name, data type (String, Number, Binary, with an optional .label) and value.</summary>
internal sealed record SqsMessageAttribute(string Name, string DataType, string? StringValue, byte[]? BinaryValue);
