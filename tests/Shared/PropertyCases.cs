using FsCheck.Xunit;

// Every [Property] in a test assembly runs PropertyCases.Default cases unless it names its own count, which is
// then written relative to the default (PropertyCases.Default / 3, say) so that raising the default raises it too.
// A failing property prints its shrunk counterexample and the seed; [Property(Replay = "(seed,gamma)")] replays it.
[assembly: Properties(MaxTest = Lifecycle.Tests.Shared.PropertyCases.Default, QuietOnSuccess = true)]

namespace Lifecycle.Tests.Shared;

/// <summary>The property case count, from the MSBuild property PropertyMaxTest (eng/Test.targets).</summary>
internal static partial class PropertyCases;
