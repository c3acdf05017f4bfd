using System.Net;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Emulator.Wire;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Emulator.Tests;

/// <summary>The query protocol's form reader on random input: what an SDK encodes reads back, and nothing else crashes it.</summary>
public sealed class QueryParametersProperties(EmulatorFixture server) : IClassFixture<EmulatorFixture>
{
    [Property]
    public bool Property_AnEncodedForm_ReadsBackEveryNameAndValue(NonEmptyString[] names, string[] values)
    {
        var pairs = names.Select(n => Clean(n.Get)).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)
            .Select((name, i) => (Name: name, Value: Clean(values.ElementAtOrDefault(i) ?? string.Empty))).ToList();
        var form = string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));

        var read = QueryParameters.Parse(Encoding.UTF8.GetBytes(form));

        return read.Count == pairs.Count && pairs.All(p => read.Get(p.Name) == p.Value);
    }

    [Property]
    public bool Property_SpacesAsPlusAndRepeatedNames_ReadAsAwsReadsThem(NonEmptyString value, NonEmptyString later)
    {
        var v = Clean(value.Get);
        var form = $"Name={Uri.EscapeDataString(v).Replace("%20", "+", StringComparison.Ordinal)}&Name={Uri.EscapeDataString(Clean(later.Get))}";

        return QueryParameters.Parse(Encoding.UTF8.GetBytes(form)).Get("Name") == v;
    }

    [Property]
    public bool Property_AListOfMembers_ReadsInItsOrder(string[] items)
    {
        var list = items.Select(i => Clean(i ?? string.Empty)).ToList();
        var form = string.Join('&', list.Select((item, i) => $"Zones.member.{i + 1}={Uri.EscapeDataString(item)}"));

        return QueryParameters.Parse(Encoding.UTF8.GetBytes(form)).List("Zones").SequenceEqual(list);
    }

    [Property]
    public bool Property_AnyBytes_ReadOrAreAMalformedQueryString(byte[] bytes)
    {
        try
        {
            QueryParameters.Parse(bytes);
            return true;
        }
        catch (ServiceError e)
        {
            return e.Code == "MalformedQueryString" && e.Status == 404;
        }
    }

    // The whole endpoint: any body is answered in the query error shape with a 4xx, or served; never a 5xx.
    [Property(MaxTest = PropertyCases.Default / 3)]
    public bool Property_AnyFormBody_IsAnsweredWithoutAServerError(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/autoscaling/aws4_request, SignedHeaders=host, Signature=00");
        using var response = server.Http.Send(request);
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();

        return (int)response.StatusCode < 500 && (response.StatusCode == HttpStatusCode.OK || text.Contains("<ErrorResponse", StringComparison.Ordinal));
    }

    // Strings an SDK can send: no lone surrogates (they have no UTF-8 form).
    private static string Clean(string s) => new(s.Where(c => !char.IsSurrogate(c)).ToArray());
}
