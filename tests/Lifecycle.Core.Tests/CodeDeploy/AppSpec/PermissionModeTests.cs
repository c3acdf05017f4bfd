using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lifecycle.Core.CodeDeploy.AppSpec;
using Lifecycle.Core.Diagnostics;

namespace Lifecycle.Core.Tests.CodeDeploy.AppSpec;

public class PermissionModeTests
{
    [Theory]
    [InlineData("644", "644", UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead)]
    [InlineData("2775", "2775", UnixFileMode.SetGroup | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute)]
    [InlineData("44", "044", UnixFileMode.GroupRead | UnixFileMode.OtherRead)]
    public void Parse_GivesTheModeTheAgentApplies(string written, string applied, UnixFileMode mode)
    {
        var parsed = PermissionMode.Parse(written);

        Assert.Equal(applied, parsed.Value);
        Assert.Equal(mode, parsed.ToUnixFileMode());
    }

    [Theory]
    [InlineData("12345", "APP116")]
    [InlineData("648", "APP117")]
    [InlineData("rw-", "APP117")]
    [InlineData("", "APP117")]
    public void Parse_ABrokenMode_ThrowsWithTheReadersCode(string written, string code)
    {
        var e = Assert.Throws<DiagnosticFormatException>(() => PermissionMode.Parse(written));

        Assert.Equal(code, Assert.Single(e.Diagnostics).Code);
        Assert.False(PermissionMode.TryParse(written, out _));
    }

    [Fact]
    public void TheReader_AndParse_AgreeOnAMode()
    {
        var read = AppSpecReader.Read("version: 0.0\nos: linux\npermissions:\n  - object: /srv/app\n    mode: \"755\"\n").Server!;

        Assert.Equal(PermissionMode.Parse("755"), read.Permissions[0].Mode);
    }

    [Property(Arbitrary = [typeof(Modes)])]
    public bool Property_AModeRoundTrips_ThroughItsTextAndJson(PermissionMode mode) =>
        PermissionMode.Parse(mode.Value) == mode
        && JsonSerializer.Deserialize<PermissionMode>(JsonSerializer.Serialize(mode)) == mode
        && JsonSerializer.Serialize(mode) == JsonSerializer.Serialize(mode.Value);

    public static class Modes
    {
        public static Arbitrary<PermissionMode> Mode() => Arb.From(
            from length in Gen.Choose(3, 4)
            from digits in Gen.ArrayOf(Gen.Elements("01234567".ToCharArray()), length)
            select PermissionMode.Parse(new string(digits)));
    }
}
