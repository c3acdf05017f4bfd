using System.Net;
using System.Text;

namespace Lifecycle.Emulator.Tests;

/// <summary>Requests written by hand, for the shapes no SDK sends (bad input) and for load from many connections at once.</summary>
internal static class WireCalls
{
    public static Task<(HttpStatusCode Status, string Body)> Query(HttpClient http, string service, string action, string version, params (string Name, string Value)[] parameters)
    {
        var form = string.Join('&', new[] { ("Action", action), ("Version", version) }.Concat(parameters)
            .Select(p => $"{Uri.EscapeDataString(p.Item1)}={Uri.EscapeDataString(p.Item2)}"));
        return Raw(http, service, form, null);
    }

    // A request as an SDK sends it, with a SigV4 Authorization header whose scope names the service (the emulator
    // checks the signature only when it was started with a key).
    public static async Task<(HttpStatusCode Status, string Body)> Raw(HttpClient http, string service, string body, string? target, string path = "/")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, target is null ? "application/x-www-form-urlencoded" : "application/x-amz-json-1.0"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", $"AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=00");
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
