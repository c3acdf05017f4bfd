using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Lifecycle.Emulator.Sqs;

/// <summary>
/// The MD5 digests SQS answers with and SDKs check: of the body's UTF-8 bytes, and of the message attributes
/// (SQS developer guide, "Calculating the MD5 message digest for message attributes": for each attribute in name
/// order, the name, the data type and the value, each preceded by its length as 4 big-endian bytes, with a
/// transport byte of 1 for String and Number, 2 for Binary, before the value).
/// </summary>
#pragma warning disable CA5351 // SQS defines these checksums as MD5; they guard against corruption, not attack.
internal static class SqsChecksums
{
    public static string Md5Hex(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Md5OfAttributes(IEnumerable<SqsMessageAttribute> attributes)
    {
        using var buffer = new MemoryStream();
        foreach (var a in attributes.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            Field(buffer, Encoding.UTF8.GetBytes(a.Name));
            Field(buffer, Encoding.UTF8.GetBytes(a.DataType));
            if (a.BinaryValue is { } binary)
            {
                buffer.WriteByte(2);
                Field(buffer, binary);
            }
            else
            {
                buffer.WriteByte(1);
                Field(buffer, Encoding.UTF8.GetBytes(a.StringValue ?? string.Empty));
            }
        }

        return Convert.ToHexStringLower(MD5.HashData(buffer.ToArray()));
    }

    private static void Field(MemoryStream buffer, byte[] bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }
}
