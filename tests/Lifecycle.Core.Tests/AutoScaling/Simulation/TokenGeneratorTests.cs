using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling.Simulation;

namespace Lifecycle.Core.Tests.AutoScaling.Simulation;

/// <summary>Tokens are kept as 128 bits and written out on demand; both directions must agree exactly.</summary>
public class TokenGeneratorTests
{
    [Property(Arbitrary = [typeof(Values)])]
    public bool Property_FormatThenParse_GivesTheValueBack_AndTheTextIsTheGuidSpelling(UInt128 value)
    {
        var text = TokenGenerator.Format(value);
        var expected = value.ToString("x32", CultureInfo.InvariantCulture).Insert(20, "-").Insert(16, "-").Insert(12, "-").Insert(8, "-");
        return text == expected && TokenGenerator.TryParse(text, out var back) && back == value;
    }

    /// <summary>Any 128 bits.</summary>
    public static class Values
    {
        public static Arbitrary<UInt128> Bits() => Arb.From(
            from high in ArbMap.Default.GeneratorFor<ulong>()
            from low in ArbMap.Default.GeneratorFor<ulong>()
            select new UInt128(high, low));
    }

    [Fact]
    public void Tokens_AreVersion4Uuids_AndTheSameSeedGivesTheSameOnes()
    {
        var first = new TokenGenerator(42);
        var second = new TokenGenerator(42);

        var tokens = Enumerable.Range(0, 100).Select(_ => first.Next()).ToList();

        Assert.Equal(tokens, Enumerable.Range(0, 100).Select(_ => second.Next()));
        Assert.All(tokens, t => Assert.True(Guid.TryParseExact(t, "D", out _) && t[14] == '4' && "89ab".Contains(t[19], StringComparison.Ordinal), t));
        Assert.Equal(100, tokens.Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("71514B9D-6A40-4B26-8523-05E7EE35FA40")] // upper case is not how the simulator writes them
    [InlineData("71514b9d6a404b26852305e7ee35fa40abcd")]
    [InlineData("71514b9d-6a40-4b26-8523-05e7ee35fa4")]
    [InlineData("71514b9d-6a40-4b26-8523-05e7ee35fa4g")]
    public void TryParse_RefusesWhatIsNotAToken(string text) => Assert.False(TokenGenerator.TryParse(text, out _));
}
