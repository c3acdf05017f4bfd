using System.Globalization;

namespace Lifecycle.Core.CodeDeploy.AppSpec.Server;

/// <summary>The agent's SELinux range rule (reference §2.6.3): <c>s#[-s#][:c#[.c#](,c#[.c#])*]</c>, categories 0..1023.</summary>
internal static class SeLinuxRangeRule
{
    public const int MaxCategory = 1023;

    /// <summary>Null when the range is valid, else what is wrong with it.</summary>
    public static string? Check(string range)
    {
        var parts = range.Split(':');
        if (parts.Length > 2)
        {
            return $"it has more than one ':' ({range})";
        }

        var levels = parts[0].Split('-');
        if (levels.Length > 2 || levels.Any(l => Number(l, 's') is null))
        {
            return $"the sensitivity part \"{parts[0]}\" is not s<number> or s<number>-s<number>";
        }

        if (levels.Length == 2 && Number(levels[1], 's') < Number(levels[0], 's'))
        {
            return $"the high sensitivity {levels[1]} is below the low sensitivity {levels[0]}";
        }

        if (parts.Length == 1)
        {
            return null;
        }

        var seen = new HashSet<int>();
        foreach (var item in parts[1].Split(','))
        {
            var bounds = item.Split('.');
            var numbers = bounds.Select(b => Number(b, 'c')).ToList();
            if (bounds.Length > 2 || numbers.Any(n => n is null or > MaxCategory))
            {
                return $"the category \"{item}\" is not c<number> or c<number>.c<number> with numbers 0 to {MaxCategory}";
            }

            if (numbers.Count == 2 && numbers[1] < numbers[0])
            {
                return $"the category range {item} runs backwards";
            }

            for (var c = numbers[0]!.Value; c <= numbers[^1]!.Value; c++)
            {
                if (!seen.Add(c))
                {
                    return $"category c{c} is listed more than once";
                }
            }
        }

        return null;
    }

    private static int? Number(string text, char prefix) =>
        text.Length > 1 && text[0] == prefix && text.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0
            && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
}
