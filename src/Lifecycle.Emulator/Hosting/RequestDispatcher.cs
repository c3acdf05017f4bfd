using Lifecycle.Emulator.AutoScaling;
using Lifecycle.Emulator.Control;
using Lifecycle.Emulator.Events;
using Lifecycle.Emulator.Sns;
using Lifecycle.Emulator.Sqs;
using Lifecycle.Emulator.Wire;
using Lifecycle.Emulator.World;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Lifecycle.Emulator.Hosting;

/// <summary>
/// One endpoint for every service, as SDKs given an endpoint URL expect: a request is told apart by its
/// X-Amz-Target (SQS and EventBridge JSON), else by the service of its SigV4 credential scope, else by its
/// Version (2011-01-01 Auto Scaling, 2012-11-05 SQS, 2010-03-31 SNS). Every failure is the protocol's error
/// shape with a 4xx status; the server keeps serving.
/// </summary>
internal sealed class RequestDispatcher(EmulatorWorld world, EmulatorOptions options)
{
    private readonly AutoScalingApi _autoScaling = new(world);
    private readonly (SqsJsonApi Json, SqsQueryApi Query) _sqs = Sqs(new SqsOperations(world));
    private readonly SnsQueryApi _sns = new(world);
    private readonly EventsJsonApi _events = new(world);
    private readonly ControlApi _control = new(world);

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (context.Request.Path.StartsWithSegments("/_lifecycle", StringComparison.Ordinal))
        {
            await _control.HandleAsync(context, options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
            return;
        }

        var requestId = Guid.NewGuid().ToString();
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var json = target.Length > 0;
        var service = json ? (target.StartsWith("AWSEvents.", StringComparison.Ordinal) ? "events" : "sqs") : null;
        WireResponse response;
        try
        {
            var body = await RequestBody.ReadAsync(context.Request, options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
            var authorization = SigV4Authorization.Parse(context.Request.Headers.Authorization.ToString());
            WireRequest request;
            if (json)
            {
                var dot = target.IndexOf('.');
                request = new WireRequest { Operation = target[(dot + 1)..], Protocol = WireProtocol.Json, RequestId = requestId, Body = body, Path = context.Request.Path };
                if (target[..dot] is not ("AmazonSQS" or "AWSEvents"))
                {
                    throw new ServiceError("UnknownOperationException", $"The emulator serves no service for X-Amz-Target {target}.");
                }
            }
            else
            {
                var parameters = QueryParameters.Merge(
                    QueryParameters.Parse(System.Text.Encoding.UTF8.GetBytes(context.Request.QueryString.Value?.TrimStart('?') ?? string.Empty)),
                    IsForm(context.Request) ? QueryParameters.Parse(body.Span) : QueryParameters.Parse([]));
                service = authorization?.Service ?? parameters.Get("Version") switch
                {
                    "2011-01-01" => "autoscaling",
                    "2012-11-05" => "sqs",
                    "2010-03-31" => "sns",
                    _ => null,
                };
                var action = parameters.Get("Action") ?? throw new ServiceError("MissingAction", "The request must contain the parameter Action.");
                request = new WireRequest { Operation = action, Protocol = WireProtocol.Query, RequestId = requestId, Parameters = parameters, Path = context.Request.Path };
            }

            Authenticate(context, authorization, body);
            response = (service, json) switch
            {
                ("sqs", true) => await _sqs.Json.HandleAsync(request, cancellationToken).ConfigureAwait(false),
                ("events", true) => _events.Handle(request),
                ("autoscaling", false) => _autoScaling.Handle(request),
                ("sqs", false) => await _sqs.Query.HandleAsync(request, cancellationToken).ConfigureAwait(false),
                ("sns", false) => _sns.Handle(request),
                _ => throw new ServiceError("InvalidAction", $"The emulator cannot tell which service this request is for (service '{service}'). Sign it with SigV4 for autoscaling, sqs, sns or events, or give the Version of one."),
            };
        }
        catch (ServiceError e)
        {
            response = ErrorResponse(e, service, json, requestId);
        }

        await WriteAsync(context, response, requestId, cancellationToken).ConfigureAwait(false);
    }

    // Both SQS protocols are front ends of the same operations.
    private static (SqsJsonApi, SqsQueryApi) Sqs(SqsOperations operations) => (new(operations), new(operations));

    private static bool IsForm(HttpRequest request) =>
        request.ContentType is null || request.ContentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private void Authenticate(HttpContext context, SigV4Authorization? authorization, ReadOnlyMemory<byte> body)
    {
        if (authorization is null)
        {
            throw new ServiceError("MissingAuthenticationToken", "Request is missing Authentication Token: sign it with SigV4 as the AWS SDKs and CLI do (any access key works unless the emulator was started with one).", 403);
        }

        if (options.AccessKeyId is null || options.SecretAccessKey is null)
        {
            return;
        }

        if (authorization.AccessKeyId != options.AccessKeyId)
        {
            throw new ServiceError("InvalidClientTokenId", "The security token included in the request is invalid.", 403);
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        string? Header(string name) => context.Request.Headers.TryGetValue(name, out var v) ? v.ToString() : null;
        if (!authorization.Verify(options.SecretAccessKey, context.Request.Method, raw, Header, body.Span))
        {
            throw new ServiceError("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.", 403);
        }
    }

    private static WireResponse ErrorResponse(ServiceError error, string? service, bool json, string requestId) => (service, json) switch
    {
        ("sqs", true) => SqsJsonApi.Error(error),
        (_, true) => new WireResponse(error.Status, EventsJsonApi.ContentType, JsonAnswer.Error(error, string.Empty)),
        ("sqs", false) => new WireResponse(error.Status, WireResponse.Xml, QueryXml.Error(SqsQueryApi.Namespace, error, requestId)),
        ("sns", false) => new WireResponse(error.Status, WireResponse.Xml, QueryXml.Error(SnsQueryApi.Namespace, error, requestId)),
        _ => new WireResponse(error.Status, WireResponse.Xml, QueryXml.Error(AutoScalingXml.Namespace, error, requestId)),
    };

    private static async Task WriteAsync(HttpContext context, WireResponse response, string requestId, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = response.Status;
        context.Response.ContentType = response.ContentType;
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        if (response.QueryError is { } queryError)
        {
            context.Response.Headers["x-amzn-query-error"] = queryError;
        }

        context.Response.ContentLength = response.Body.Length;
        await context.Response.Body.WriteAsync(response.Body, cancellationToken).ConfigureAwait(false);
    }
}
