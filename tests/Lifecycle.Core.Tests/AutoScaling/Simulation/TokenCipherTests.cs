using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>A token names its action's slot and version, enciphered: it reads back to them, looks like a version-4 UUID, and nothing else reads as one.</summary>
public class TokenCipherTests
{
    [Property(Arbitrary = [typeof(Slots)])]
    public bool Property_AToken_DecodesToItsSlotAndVersion_AndIsAVersion4Uuid((ulong Seed, int Handle, int Version) slot)
    {
        var cipher = new TokenCipher(slot.Seed);
        var token = cipher.Encode(slot.Handle, slot.Version);
        var text = TokenGenerator.Format(token);

        return cipher.TryDecode(token, out var handle, out var version) && (handle, version) == (slot.Handle, slot.Version)
            && Guid.TryParseExact(text, "D", out _) && text[14] == '4' && "89ab".Contains(text[19], StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(Slots)])]
    public bool Property_AnyOtherUuid_IsNotReadAsAToken_UnlessItIsTheTokenOfWhatItDecodesTo(UInt128 bits)
    {
        var cipher = new TokenCipher(7);
        return !cipher.TryDecode(bits, out var handle, out var version) || cipher.Encode(handle, version) == bits;
    }

    [Fact]
    public void Tokens_AreDistinct_PerSlotAndVersion_AndDifferWithTheSeed()
    {
        var cipher = new TokenCipher(1);
        var tokens = Enumerable.Range(0, 1000).SelectMany(h => new[] { cipher.Encode(h, 0), cipher.Encode(h, 1) }).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.NotEqual(cipher.Encode(0, 0), new TokenCipher(2).Encode(0, 0));
        Assert.Equal(cipher.Encode(5, 3), new TokenCipher(1).Encode(5, 3));
        Assert.False(cipher.TryDecode(TokenGeneratorRandom(), out _, out _));
    }

    // A version-4 UUID that is almost surely not a token: its padding would have to decode as zero by chance.
    private static UInt128 TokenGeneratorRandom() => new TokenGenerator(99).NextValue();

    public static class Slots
    {
        public static Arbitrary<(ulong, int, int)> Slot() => Arb.From(
            from seed in ArbMap.Default.GeneratorFor<ulong>()
            from handle in Gen.Choose(0, int.MaxValue)
            from version in ArbMap.Default.GeneratorFor<int>()
            select (seed, handle, version));

        public static Arbitrary<UInt128> Bits() => Arb.From(
            from high in ArbMap.Default.GeneratorFor<ulong>()
            from low in ArbMap.Default.GeneratorFor<ulong>()
            select new UInt128((high & 0xFFFFFFFFFFFF0FFFUL) | 0x4000UL, (low & 0x3FFFFFFFFFFFFFFFUL) | 0x8000000000000000UL));
    }
}
