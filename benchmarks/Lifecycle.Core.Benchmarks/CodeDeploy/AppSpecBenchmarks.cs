using BenchmarkDotNet.Attributes;
using Lifecycle.Core.CodeDeploy.AppSpec;
using YamlDotNet.Core;

namespace Lifecycle.Core.Benchmarks.CodeDeploy;

/// <summary>
/// Parse and validate every EC2/On-Premises AppSpec of ../shared/corpus/appspec (the files whose names say ec2),
/// next to YamlDotNet's bare event parser walking the same texts. One operation is the whole set of files.
/// </summary>
[MemoryDiagnoser]
public class AppSpecBenchmarks
{
    private string[] _texts = [];

    /// <summary>How many files one operation reads.</summary>
    public int Files => _texts.Length;

    [GlobalSetup]
    public void Setup()
    {
        _texts = ServerFiles();
        Console.WriteLine($"// {_texts.Length} server AppSpecs, {_texts.Sum(t => t.Length):N0} characters");
    }

    /// <summary>The texts of the corpus's EC2/On-Premises AppSpecs.</summary>
    public static string[] ServerFiles()
    {
        var corpus = FindCorpus() ?? throw new InvalidOperationException("../shared/corpus/appspec was not found beside the checkout; this benchmark needs it.");
        return [.. Directory.GetFiles(corpus).Where(f => Path.GetFileName(f).Split('_')[1] == "ec2").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    [Benchmark(Baseline = true, Description = "YamlDotNet Parser (bare events)")]
    public int BareParse()
    {
        var events = 0;
        foreach (var text in _texts)
        {
            try
            {
                var parser = new Parser(new StringReader(text));
                while (parser.MoveNext())
                {
                    events++;
                }
            }
            catch (YamlException)
            {
                events++;
            }
        }

        return events;
    }

    [Benchmark(Description = "AppSpecReader.Read (parse + validate)")]
    public int ParseAndValidate()
    {
        var diagnostics = 0;
        foreach (var text in _texts)
        {
            diagnostics += AppSpecReader.Read(text).Diagnostics.Count;
        }

        return diagnostics;
    }

    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "appspec");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "shared", "corpus", "appspec-agent-verdicts.jsonl")))
            {
                return candidate;
            }
        }

        return null;
    }
}
