using System.Globalization;
using FsCheck;

namespace Lifecycle.Tests.Shared;

/// <summary>
/// Runs FsCheck properties inside xunit facts (FsCheck.Xunit is not available here). The number of cases
/// comes from LIFECYCLE_PROPERTY_CASES (default 300); LIFECYCLE_PROPERTY_SEED="seed,gamma" replays a run.
/// On failure, FsCheck's message carries the shrunk counterexample and the replay seed.
/// </summary>
internal static class Properties
{
    public static void Check(Property property, int? cases = null)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(cases ?? DefaultCases);
        var replay = Environment.GetEnvironmentVariable("LIFECYCLE_PROPERTY_SEED");
        if (replay?.Split(',') is [var seed, var gamma])
        {
            config = config.WithReplay(ulong.Parse(seed, CultureInfo.InvariantCulture), ulong.Parse(gamma, CultureInfo.InvariantCulture));
        }

        FsCheck.Check.One(config, property);
    }

    private static int DefaultCases =>
        int.TryParse(Environment.GetEnvironmentVariable("LIFECYCLE_PROPERTY_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : 300;
}
