using System.Net;
using System.Text;
using System.Xml.Linq;

namespace Lifecycle.Core.Benchmarks.Emulator;

/// <summary>
/// Auto Scaling query requests over keep-alive connections, at most <see cref="Connections"/> at once. Every request
/// carries a Signature Version 4 Authorization header with the autoscaling scope, written once: both servers route
/// by that scope and neither verifies the signature in the mode benchmarked, so each gets the same bytes.
/// </summary>
internal sealed class QueryClient : IDisposable
{
    public const int Connections = 8;

    private const string Authorization =
        "AWS4-HMAC-SHA256 Credential=bench/20261201/us-east-1/autoscaling/aws4_request, SignedHeaders=content-type;host;x-amz-date, "
        + "Signature=0000000000000000000000000000000000000000000000000000000000000000";

    private readonly HttpClient _http;

    public QueryClient(Uri endpoint) => _http = new HttpClient(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    { BaseAddress = endpoint };

    /// <summary>Posts one Auto Scaling action; the parameters are name and value pairs, encoded here.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(string action, params (string Name, string Value)[] parameters)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(Form(action, parameters), Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20261201T000000Z");
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts an action that must succeed, and gives its answer.</summary>
    public async Task<XDocument> RequireAsync(string action, params (string Name, string Value)[] parameters)
    {
        var (status, body) = await PostAsync(action, parameters);
        return status == HttpStatusCode.OK ? XDocument.Parse(body) : throw new InvalidOperationException($"{action} answered {(int)status}: {body}");
    }

    /// <summary>Every InstanceId element in an answer.</summary>
    public static IReadOnlyList<string> InstanceIds(XDocument answer) =>
        answer.Descendants().Where(e => e.Name.LocalName == "InstanceId").Select(e => e.Value).Distinct(StringComparer.Ordinal).ToList();

    public void Dispose() => _http.Dispose();

    private static string Form(string action, (string Name, string Value)[] parameters)
    {
        var form = new StringBuilder("Action=").Append(action).Append("&Version=2011-01-01");
        foreach (var (name, value) in parameters)
        {
            form.Append('&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return form.ToString();
    }
}
