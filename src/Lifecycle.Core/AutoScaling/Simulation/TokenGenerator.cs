using System.Globalization;

namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// Lifecycle action tokens from a seed: version-4-shaped UUIDs (36 characters) drawn from SplitMix64, so the same
/// seed gives the same tokens. No global randomness.
/// </summary>
internal sealed class TokenGenerator(ulong seed)
{
    private ulong _state = seed;

    public string Next()
    {
        var high = NextUInt64();
        var low = NextUInt64();
        high = (high & 0xFFFFFFFFFFFF0FFFUL) | 0x0000000000004000UL; // version 4
        low = (low & 0x3FFFFFFFFFFFFFFFUL) | 0x8000000000000000UL;   // RFC 4122 variant
        return string.Create(CultureInfo.InvariantCulture,
            $"{high >> 32:x8}-{(high >> 16) & 0xFFFF:x4}-{high & 0xFFFF:x4}-{low >> 48:x4}-{low & 0xFFFFFFFFFFFFUL:x12}");
    }

    private ulong NextUInt64()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
