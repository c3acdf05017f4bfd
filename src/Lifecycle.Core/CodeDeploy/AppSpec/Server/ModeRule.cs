namespace Lifecycle.Core.CodeDeploy.AppSpec.Server;

/// <summary>The agent's mode rule (reference §2.6.1): left-pad to 3 digits, at most 4, each 0-7.</summary>
internal static class ModeRule
{
    /// <summary>The mode as the agent applies it, or what is wrong with it.</summary>
    public static (string? Mode, string? TooLong, char? BadCharacter) Check(string written)
    {
        var padded = written.PadLeft(3, '0');
        if (padded.Length > 4)
        {
            return (null, padded, null);
        }

        foreach (var c in padded)
        {
            if (c is < '0' or > '7')
            {
                return (null, null, c);
            }
        }

        return (padded, null, null);
    }
}
