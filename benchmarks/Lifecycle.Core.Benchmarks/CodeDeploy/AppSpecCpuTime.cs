using System.Diagnostics;
using System.Globalization;
using Lifecycle.Core.CodeDeploy.AppSpec;
using YamlDotNet.Core;

namespace Lifecycle.Core.Benchmarks.CodeDeploy;

/// <summary>
/// The AppSpec overhead measured in process CPU time rather than wall time: on a shared virtual machine, time
/// stolen by other guests inflates wall-clock figures of whichever benchmark it falls on, but not the CPU time
/// this process used. Alternates passes of the bare parser and of AppSpecReader.Read over the same server files
/// and prints the median and minimum of eight rounds of sixty passes each.
/// </summary>
internal static class AppSpecCpuTime
{
    public static void Run(string[] texts)
    {
        for (var warmup = 0; warmup < 20; warmup++)
        {
            Pass(texts, bare: true);
            Pass(texts, bare: false);
        }

        var bare = new List<double>();
        var full = new List<double>();
        for (var round = 0; round < 8; round++)
        {
            bare.Add(Measure(() => Pass(texts, bare: true)));
            full.Add(Measure(() => Pass(texts, bare: false)));
        }

        bare.Sort();
        full.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{texts.Length} files. CPU ms per pass, median: bare {bare[4]:F3}, parse+validate {full[4]:F3} ({full[4] / bare[4] - 1:P0} more); minimum: {bare[0]:F3}, {full[0]:F3} ({full[0] / bare[0] - 1:P0} more)"));
    }

    private static double Measure(Action pass)
    {
        const int Passes = 60;
        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        for (var i = 0; i < Passes; i++)
        {
            pass();
        }

        process.Refresh();
        return (process.TotalProcessorTime - start).TotalMilliseconds / Passes;
    }

    private static void Pass(string[] texts, bool bare)
    {
        foreach (var text in texts)
        {
            if (!bare)
            {
                _ = AppSpecReader.Read(text);
                continue;
            }

            try
            {
                var parser = new Parser(new StringReader(text));
                while (parser.MoveNext())
                {
                }
            }
            catch (YamlException)
            {
            }
        }
    }
}
