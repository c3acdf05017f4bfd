using Lifecycle.Core.Diagnostics;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Lifecycle.Core.AutoScaling;

namespace Lifecycle.Core.Tests.AutoScaling;

public class LifecycleHookNameTests
{
    // The model's pattern, anchored as the SDK applies it (reference §1.9). \A and \z, not ^ and $: in .NET
    // (as in Java and Python) $ also matches before a final line feed, so ^...$ would accept "name\n".
    private static readonly Regex Anchored = new("\\A[A-Za-z0-9\\-_\\/]+\\z", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("my-hook")]
    [InlineData("a")]
    [InlineData("drain_connections/v2")]
    [InlineData("ABC-xyz_019/")]
    public void Parse_ValidName_Succeeds(string name) =>
        Assert.Equal(name, ValueParsing.Read<LifecycleHookName>(name).Value.Value);

    [Fact]
    public void Parse_255Characters_Succeeds() =>
        Assert.True(ValueParsing.Read<LifecycleHookName>(new string('a', 255)).Succeeded);

    [Fact]
    public void Parse_256Characters_IsTooLong()
    {
        var error = Assert.Single(ValueParsing.Read<LifecycleHookName>(new string('a', 256)).Diagnostics);
        Assert.Equal("ASH102", error.Code);
        Assert.Contains("256 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("255", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my hook", "a space", 3)]
    [InlineData("café", "'é' (U+00E9)", 4)]
    [InlineData("a.b", "'.' (U+002E)", 2)]
    [InlineData("tab\there", "U+0009", 4)]
    [InlineData("élan", "'é' (U+00E9)", 1)]
    [InlineData("name\n", "U+000A", 5)]
    public void Parse_CharacterOutsideThePattern_NamesItAndItsPosition(string name, string described, int position)
    {
        var error = Assert.Single(ValueParsing.Read<LifecycleHookName>(name).Diagnostics);
        Assert.Equal("ASH103", error.Code);
        Assert.Contains(described, error.Message, StringComparison.Ordinal);
        Assert.Contains($"position {position}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SlashIsAllowed() => Assert.True(ValueParsing.Read<LifecycleHookName>("team/drain").Succeeded);

    [Fact]
    public void Parse_Empty_IsRequired() =>
        Assert.Equal("ASH101", Assert.Single(ValueParsing.Read<LifecycleHookName>(string.Empty).Diagnostics).Code);

    [Fact]
    public void Parse_InvalidName_ThrowsAFormatExceptionWithTheRule()
    {
        var e = Assert.Throws<DiagnosticFormatException>(() => LifecycleHookName.Parse("bad name"));
        Assert.IsAssignableFrom<FormatException>(e);
        Assert.Contains("ASH103", e.Message, StringComparison.Ordinal);
        Assert.Equal("ASH103", Assert.Single(e.Diagnostics).Code);
    }

    [Fact]
    public void Default_IsEmpty() => Assert.Equal(string.Empty, default(LifecycleHookName).Value);

    [Fact]
    public void Equality_IsOrdinal()
    {
        Assert.Equal(LifecycleHookName.Parse("Hook"), LifecycleHookName.Parse("Hook"));
        Assert.NotEqual(LifecycleHookName.Parse("Hook"), LifecycleHookName.Parse("hook"));
    }

    [Property(Arbitrary = [typeof(Names)])]
    public bool Property_AgreesWithTheAnchoredPatternOnArbitraryStrings(string name) =>
        ValueParsing.Read<LifecycleHookName>(name).Succeeded == (Anchored.IsMatch(name) && name.Length <= 255);

    /// <summary>Arbitrary strings, plus strings drawn mostly from the allowed set so both outcomes are common.</summary>
    public static class Names
    {
        public static Arbitrary<string> Name()
        {
            var allowed = "ABCXYZabcxyz0189-_/".ToCharArray();
            var nearValid = Gen.ArrayOf(Gen.Frequency((9, Gen.Elements(allowed)), (1, ArbMap.Default.GeneratorFor<char>())))
                .Select(chars => new string(chars));
            var anyString = ArbMap.Default.GeneratorFor<string>().Where(s => s is not null);
            var longNames = Gen.Choose(250, 260).Select(n => new string('x', n));
            return Arb.From(Gen.OneOf(nearValid, anyString, longNames));
        }
    }
}
