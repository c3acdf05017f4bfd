using System.Globalization;
using System.Text;
using System.Text.Json;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Emulator.Hosting;
using Lifecycle.Emulator.Wire;
using Lifecycle.Emulator.World;
using Microsoft.AspNetCore.Http;

namespace Lifecycle.Emulator.Control;

/// <summary>
/// The emulator's own API under <c>/_lifecycle/</c>, unsigned: the virtual clock (read it, or advance it and fire
/// every deadline on the way), the timeline as JSON lines or Mermaid, and a reset. Errors are <c>{"error": "..."}</c> with a 4xx.
/// </summary>
internal sealed class ControlApi(EmulatorWorld world)
{
    // Past its bound the timeline has dropped its oldest events; the header says how many (absent when none).
    public const string DroppedHeader = "X-Lifecycle-Timeline-Dropped";

    public async Task HandleAsync(HttpContext context, int maxBody, CancellationToken cancellationToken)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var method = context.Request.Method;
        try
        {
            (string Type, string Body) answer = (path, method) switch
            {
                ("/_lifecycle/clock", "GET") => Json(Clock()),
                ("/_lifecycle/clock", "POST") => Json(Advance(await RequestBody.ReadAsync(context.Request, maxBody, cancellationToken).ConfigureAwait(false))),
                ("/_lifecycle/timeline", "GET") => Timeline(context.Request.Query["format"].ToString(), context.Response),
                ("/_lifecycle/reset", "POST") => Json(Reset()),
                _ => throw new ServiceError("NotFound", $"{method} {path} is not part of the emulator's API: GET or POST /_lifecycle/clock, GET /_lifecycle/timeline, POST /_lifecycle/reset.", 404),
            };
            await Write(context, 200, answer.Type, answer.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (ServiceError e)
        {
            var body = Encoding.UTF8.GetString(JsonAnswer.Write(w => w.WriteString("error", e.Message)));
            await Write(context, e.Status, "application/json", body, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task Write(HttpContext context, int status, string type, string body, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        return context.Response.WriteAsync(body, cancellationToken);
    }

    private static (string, string) Json(byte[] body) => ("application/json", Encoding.UTF8.GetString(body) + "\n");

    private byte[] Clock()
    {
        lock (world.Gate)
        {
            world.CatchUp();
            return ClockJson();
        }
    }

    private byte[] ClockJson() => JsonAnswer.Write(w =>
    {
        w.WriteNumber("now", world.Now);
        w.WriteString("time", EmulatedTime(world.WallNow));
    });

    private static string EmulatedTime(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary><c>{"advance": SECONDS}</c>: a whole number of seconds, from 0 to a year.</summary>
    private byte[] Advance(ReadOnlyMemory<byte> body)
    {
        long seconds;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("advance", out var advance) || !advance.TryGetInt64(out seconds))
            {
                throw Bad("The body must be {\"advance\": SECONDS}, a whole number of seconds.");
            }
        }
        catch (JsonException e)
        {
            throw Bad($"The body is not JSON: {e.Message}");
        }

        const long year = 366L * 24 * 3600;
        if (seconds < 0 || seconds > year)
        {
            throw Bad($"advance must be from 0 to {year} seconds (time only moves forward); it is {seconds}.");
        }

        lock (world.Gate)
        {
            world.Clock.Advance(seconds);
            world.CatchUp();
            return ClockJson();
        }
    }

    private static ServiceError Bad(string message) => new("BadRequest", message);

    private (string, string) Timeline(string format, HttpResponse response)
    {
        lock (world.Gate)
        {
            world.CatchUp();
            var entries = world.Timeline;
            if (world.TimelineDropped > 0)
            {
                response.Headers[DroppedHeader] = world.TimelineDropped.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (format == "mermaid")
            {
                var instances = entries.Select(e => e.Event).OfType<Core.AutoScaling.Simulation.InstanceStateChanged>()
                    .Select(e => e.InstanceId).Distinct().ToList();
                return ("text/plain", TimelineWriter.Mermaid([.. entries.Select(e => e.Event)], instances));
            }

            if (format is not ("" or "json"))
            {
                throw Bad($"format must be json (the default) or mermaid, not {format}.");
            }

            var text = new StringBuilder();
            foreach (var entry in entries)
            {
                text.Append(Encoding.UTF8.GetString(JsonAnswer.Write(w =>
                {
                    w.WriteNumber("t", TimelineWriter.Seconds(entry.Event.Time));
                    w.WriteString("group", entry.AutoScalingGroupName);
                    TimelineWriter.WriteEvent(w, entry.Event, null);
                }))).Append('\n');
            }

            return ("application/x-ndjson", text.ToString());
        }
    }

    private byte[] Reset()
    {
        lock (world.Gate)
        {
            world.Reset();
            return ClockJson();
        }
    }
}
