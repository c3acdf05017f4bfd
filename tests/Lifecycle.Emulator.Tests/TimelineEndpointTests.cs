using System.Net;

namespace Lifecycle.Emulator.Tests;

/// <summary><c>GET /_lifecycle/timeline</c>: JSON lines or Mermaid, and bounded, so a long run keeps what is alive.</summary>
public sealed class TimelineEndpointTests
{
    [Fact]
    public async Task Mermaid_IsASequenceDiagramWithEveryInstance()
    {
        await using var emulator = await LifecycleEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };
        await CreateGroup(http, "web", 2);

        using var response = await http.GetAsync(new Uri("_lifecycle/timeline?format=mermaid", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("sequenceDiagram\n", text, StringComparison.Ordinal);
        Assert.Contains("participant I1 as i-00000000000000001", text);
        Assert.Contains("participant I2 as i-00000000000000002", text);
        Assert.Contains("Pending:Wait", text);
    }

    [Fact]
    public async Task AnUnknownFormat_IsA400WithWhatIsAccepted()
    {
        await using var emulator = await LifecycleEmulator.StartAsync(new EmulatorOptions { Port = 0 });
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };

        using var response = await http.GetAsync(new Uri("_lifecycle/timeline?format=svg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("json (the default) or mermaid", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PastItsBound_TheTimelineKeepsTheNewestEvents_AndSaysHowManyWent()
    {
        await using var emulator = await LifecycleEmulator.StartAsync(new EmulatorOptions { Port = 0, MaxTimelineEvents = 4 });
        using var http = new HttpClient { BaseAddress = emulator.Endpoint };
        await CreateGroup(http, "small", 1);
        var before = (await http.GetStringAsync(new Uri("_lifecycle/timeline", UriKind.Relative))).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await CreateGroup(http, "large", 3);

        using var response = await http.GetAsync(new Uri("_lifecycle/timeline", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.True(before.Length is > 0 and <= 4, string.Join('\n', before));
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Contains("\"group\":\"large\"", l));
        var dropped = long.Parse(response.Headers.GetValues("X-Lifecycle-Timeline-Dropped").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(dropped > 0);

        await http.PostAsync(new Uri("_lifecycle/reset", UriKind.Relative), null);
        using var afterReset = await http.GetAsync(new Uri("_lifecycle/timeline", UriKind.Relative));
        Assert.False(afterReset.Headers.Contains("X-Lifecycle-Timeline-Dropped"));
        Assert.Equal(string.Empty, await afterReset.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StartAsync_RefusesATimelineBoundBelowOne()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => LifecycleEmulator.StartAsync(new EmulatorOptions { Port = 0, MaxTimelineEvents = 0 }));
    }

    // A group whose instances wait on a launching hook.
    private static async Task CreateGroup(HttpClient http, string name, int instances)
    {
        var (status, body) = await WireCalls.Query(http, "autoscaling", "CreateAutoScalingGroup", "2011-01-01",
            ("AutoScalingGroupName", name), ("MinSize", "0"), ("MaxSize", "5"), ("DesiredCapacity", instances.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("AvailabilityZones.member.1", "us-east-1a"), ("LaunchConfigurationName", "lc"),
            ("LifecycleHookSpecificationList.member.1.LifecycleHookName", "hold"),
            ("LifecycleHookSpecificationList.member.1.LifecycleTransition", "autoscaling:EC2_INSTANCE_LAUNCHING"));
        Assert.True(status == HttpStatusCode.OK, body);
    }
}
