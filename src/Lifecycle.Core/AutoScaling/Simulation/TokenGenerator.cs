namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// Lifecycle action tokens from a seed: version-4-shaped UUIDs (36 characters) drawn from SplitMix64, so the same
/// seed gives the same tokens. No global randomness. A token is kept as its 128 bits and written out only when
/// read, which saves a 36-character string per active action.
/// </summary>
internal sealed class TokenGenerator(ulong seed)
{
    private const int Length = 36;
    private static readonly char[] Hex = "0123456789abcdef".ToCharArray();

    private ulong _state = seed;

    /// <summary>The next token's bits.</summary>
    public UInt128 NextValue()
    {
        var high = NextUInt64();
        var low = NextUInt64();
        high = (high & 0xFFFFFFFFFFFF0FFFUL) | 0x0000000000004000UL; // version 4
        low = (low & 0x3FFFFFFFFFFFFFFFUL) | 0x8000000000000000UL;   // RFC 4122 variant
        return new UInt128(high, low);
    }

    /// <summary>The next token, written out.</summary>
    public string Next() => Format(NextValue());

    /// <summary>The token as AWS writes it: lower-case hex in groups of 8-4-4-4-12.</summary>
    public static string Format(UInt128 value) => string.Create(Length, value, static (span, bits) =>
    {
        // From the last digit backwards: the low half gives the last 16 digits, the high half the first 16.
        var high = (ulong)(bits >> 64);
        var low = (ulong)(bits & ulong.MaxValue);
        var digit = 0;
        for (var i = Length - 1; i >= 0; i--)
        {
            if (i is 8 or 13 or 18 or 23)
            {
                span[i] = '-';
                continue;
            }

            var nibble = digit < 16 ? (low >> (digit * 4)) & 0xF : (high >> ((digit - 16) * 4)) & 0xF;
            span[i] = Hex[(int)nibble];
            digit++;
        }
    });

    /// <summary>Reads a token written by <see cref="Format"/>; anything else (upper case, other shapes) is not one.</summary>
    public static bool TryParse(string text, out UInt128 value)
    {
        value = UInt128.Zero;
        if (text.Length != Length)
        {
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            var c = text[i];
            if (i is 8 or 13 or 18 or 23)
            {
                if (c != '-')
                {
                    return false;
                }

                continue;
            }

            int nibble = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'a' and <= 'f' => c - 'a' + 10,
                _ => -1,
            };
            if (nibble < 0)
            {
                return false;
            }

            value = (value << 4) | (uint)nibble;
        }

        return true;
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
