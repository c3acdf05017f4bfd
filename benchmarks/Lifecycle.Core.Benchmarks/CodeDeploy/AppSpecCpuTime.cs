using System.Diagnostics;
using System.Globalization;
using Lifecycle.Core.CodeDeploy.AppSpec;
using YamlDotNet.Core;

namespace Lifecycle.Core.Benchmarks.CodeDeploy;

/// <summary>
/// The AppSpec overhead measured in process CPU time rather than wall time: on a shared virtual machine, time
/// stolen by other guests inflates wall-clock figures of whichever benchmark it falls on, but not the CPU time
/// this process used. Alternates passes of the bare parser and of AppSpecReader.Read over the same server files
/// and prints the median and minimum of sixteen rounds of sixty passes each; then the bytes allocated per file.
/// </summary>
internal static class AppSpecCpuTime
{
    private const int Rounds = 16;

    public static void Run(string[] texts)
    {
        for (var warmup = 0; warmup < 20; warmup++)
        {
            Pass(texts, bare: true);
            Pass(texts, bare: false);
        }

        var bare = new List<double>();
        var full = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            bare.Add(Measure(() => Pass(texts, bare: true)));
            full.Add(Measure(() => Pass(texts, bare: false)));
        }

        bare.Sort();
        full.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{texts.Length} files. CPU ms per pass, median: bare {bare[Rounds / 2]:F3}, parse+validate {full[Rounds / 2]:F3} ({full[Rounds / 2] / bare[Rounds / 2] - 1:P0} more); minimum: {bare[0]:F3}, {full[0]:F3} ({full[0] / bare[0] - 1:P0} more)"));

        var bareBytes = texts.Select(t => Allocated(() => Pass([t], bare: true))).Order().ToList();
        var fullBytes = texts.Select(t => Allocated(() => Pass([t], bare: false))).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Bytes allocated per file, parse+validate: median {fullBytes[fullBytes.Count / 2]:N0}, mean {fullBytes.Average():N0}, 90th percentile {fullBytes[fullBytes.Count * 9 / 10]:N0}; bare parse: median {bareBytes[bareBytes.Count / 2]:N0}"));
    }

    private static long Allocated(Action work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        work();
        return GC.GetAllocatedBytesForCurrentThread() - before;
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
