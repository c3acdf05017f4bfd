using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lifecycle.Emulator.Wire;

/// <summary>
/// Signature Version 4 as AWS SDKs sign requests (AWS General Reference, "Signature Version 4 signing process"):
/// the Authorization header's credential scope names the service, and with a known secret the signature is
/// computed again from the canonical request and compared.
/// </summary>
internal sealed record SigV4Authorization(string AccessKeyId, string Date, string Region, string Service, IReadOnlyList<string> SignedHeaders, string Signature)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    /// <summary>Reads <c>AWS4-HMAC-SHA256 Credential=AKID/20261201/us-east-1/sqs/aws4_request, SignedHeaders=..., Signature=...</c>.</summary>
    public static SigV4Authorization? Parse(string? header)
    {
        if (header is null || !header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var fields = header[(Algorithm.Length + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        if (!fields.TryGetValue("Credential", out var credential) || !fields.TryGetValue("SignedHeaders", out var signed) || !fields.TryGetValue("Signature", out var signature))
        {
            return null;
        }

        var scope = credential.Split('/');
        return scope.Length == 5 && scope[4] == "aws4_request"
            ? new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], signed.Split(';'), signature)
            : null;
    }

    /// <summary>Whether the signature is the one <paramref name="secretAccessKey"/> gives for this request.</summary>
    public bool Verify(string secretAccessKey, string method, string rawTarget, Func<string, string?> header, ReadOnlySpan<byte> body)
    {
        var amzDate = header("x-amz-date") ?? string.Empty;
        var canonical = CanonicalRequest(method, rawTarget, header, body);
        var scope = $"{Date}/{Region}/{Service}/aws4_request";
        var toSign = $"{Algorithm}\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Hmac(Hmac(Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), Date), Region), Service), "aws4_request");
        var expected = Hex(Hmac(key, toSign));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Signature));
    }

    private string CanonicalRequest(string method, string rawTarget, Func<string, string?> header, ReadOnlySpan<byte> body)
    {
        var question = rawTarget.IndexOf('?');
        var path = question < 0 ? rawTarget : rawTarget[..question];
        var query = question < 0 ? string.Empty : rawTarget[(question + 1)..];

        // Services other than S3 encode each path segment once more.
        var canonicalPath = path.Length == 0 ? "/" : string.Join('/', path.Split('/').Select(s => Encode(Uri.UnescapeDataString(s))).Select(Encode));
        var canonicalQuery = string.Join('&', query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => (Name: Encode(Uri.UnescapeDataString(kv[0].Replace('+', ' '))), Value: Encode(Uri.UnescapeDataString(kv.Length > 1 ? kv[1].Replace('+', ' ') : string.Empty))))
            .OrderBy(kv => kv.Name, StringComparer.Ordinal).ThenBy(kv => kv.Value, StringComparer.Ordinal)
            .Select(kv => $"{kv.Name}={kv.Value}"));
        var headers = new StringBuilder();
        foreach (var name in SignedHeaders)
        {
            var value = string.Join(' ', (header(name) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            headers.Append(name).Append(':').Append(value).Append('\n');
        }

        var payload = header("x-amz-content-sha256") is { Length: 64 } given ? given : Hex(SHA256.HashData(body));
        return $"{method}\n{canonicalPath}\n{canonicalQuery}\n{headers}\n{string.Join(';', SignedHeaders)}\n{payload}";
    }

    private static string Encode(string s) => Uri.EscapeDataString(s);

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    /// <summary>The scope's date as the service checks it (yyyyMMdd).</summary>
    public bool DateIsWellFormed => DateTime.TryParseExact(Date, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
