namespace Lifecycle.Core.AutoScaling.Simulation;

/// <summary>
/// Lifecycle action tokens that name their own slot: a token is the action's slot handle and the slot's version,
/// enciphered with a key drawn from the seed (a four-round Feistel network over the 122 free bits of a version-4
/// UUID), so a token looks random, the same seed gives the same tokens, and finding the action of a token is
/// deciphering it, with no index of tokens to keep. A text that is not one of the simulator's tokens deciphers to
/// a padding that is not zero, and is refused.
/// </summary>
internal sealed class TokenCipher
{
    private const int HalfBits = 61;
    private const ulong HalfMask = (1UL << HalfBits) - 1;
    private const int Rounds = 4;
    private readonly ulong[] _keys = new ulong[Rounds];

    public TokenCipher(ulong seed)
    {
        var state = seed;
        for (var i = 0; i < Rounds; i++)
        {
            state = unchecked(state + 0x9E3779B97F4A7C15UL);
            _keys[i] = Mix(state);
        }
    }

    /// <summary>The token of the action in <paramref name="handle"/> at <paramref name="version"/>.</summary>
    public UInt128 Encode(int handle, int version)
    {
        ulong left = (uint)handle, right = unchecked((uint)version);
        for (var i = 0; i < Rounds; i++)
        {
            (left, right) = (right, left ^ Round(right, _keys[i]));
        }

        // 61 + 61 bits into a version-4 UUID: the low half takes 61 bits and one more, the high half the other 60
        // around its version nibble.
        var low = right | ((left & 1) << HalfBits) | 0x8000000000000000UL;
        var rest = left >> 1;
        var high = ((rest >> 12) << 16) | 0x4000UL | (rest & 0xFFFUL);
        return new UInt128(high, low);
    }

    /// <summary>The slot handle and version a token names; false for a token the simulator did not make.</summary>
    public bool TryDecode(UInt128 token, out int handle, out int version)
    {
        handle = version = -1;
        var high = (ulong)(token >> 64);
        var low = (ulong)(token & ulong.MaxValue);
        if (((high >> 12) & 0xF) != 4 || (low >> 62) != 0b10)
        {
            return false;
        }

        var left = ((((high >> 16) << 12) | (high & 0xFFFUL)) << 1) | ((low >> HalfBits) & 1);
        var right = low & HalfMask;
        for (var i = Rounds - 1; i >= 0; i--)
        {
            (left, right) = (right ^ Round(left, _keys[i]), left);
        }

        if (left > int.MaxValue || right > uint.MaxValue)
        {
            return false; // the padding above the handle and the version is not zero: not one of ours
        }

        handle = (int)left;
        version = unchecked((int)(uint)right);
        return true;
    }

    private static ulong Round(ulong half, ulong key) => Mix(half ^ key) & HalfMask;

    // SplitMix64's finaliser: every output bit depends on every input bit.
    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
