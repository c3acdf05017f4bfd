using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests;

/// <summary>
/// The compiled core references no I/O, process, network, environment or wall-clock API. The build already
/// refuses them (BannedSymbols.txt, RS0030); this reads the assembly's own metadata as a second guard.
/// </summary>
public class NoIoInCoreTests
{
    private static readonly string[] BannedTypes =
    [
        "System.IO.File", "System.IO.Directory", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileStream",
        "System.IO.Path", "System.Console", "System.Diagnostics.Process", "System.Net.Http.HttpClient",
        "System.Net.Sockets.Socket",
    ];

    private static readonly string[] BannedMembers =
    [
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow", "System.TimeProvider.get_System",
        "System.Threading.Thread.Sleep", "System.Random.get_Shared", "System.Guid.NewGuid",

        // System.Environment as a whole is banned in the source; compiler-generated iterators read only
        // Environment.CurrentManagedThreadId, so the compiled check names the members that read the machine.
        "System.Environment.GetEnvironmentVariable", "System.Environment.GetEnvironmentVariables",
        "System.Environment.SetEnvironmentVariable", "System.Environment.get_CurrentDirectory",
        "System.Environment.GetCommandLineArgs", "System.Environment.get_MachineName", "System.Environment.Exit",
        "System.Environment.GetFolderPath", "System.Environment.get_TickCount64",
    ];

    [Fact]
    public void CoreAssembly_ReferencesNoBannedApi()
    {
        var (types, members) = References(typeof(LifecycleHookRegistry).Assembly.Location);

        Assert.Empty(types.Intersect(BannedTypes));
        Assert.Empty(members.Intersect(BannedMembers));
        Assert.Contains("System.String", types); // the scan sees references at all
    }

    [Fact]
    public void BannedSymbolsFile_BansTheSameApis()
    {
        var banned = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "src", "Lifecycle.Core", "BannedSymbols.txt"));

        foreach (var type in BannedTypes)
        {
            Assert.Contains($"T:{type};", banned, StringComparison.Ordinal);
        }

        Assert.Contains("T:System.Environment;", banned, StringComparison.Ordinal);
        Assert.Contains("P:System.DateTime.UtcNow;", banned, StringComparison.Ordinal);
        Assert.Contains("P:System.TimeProvider.System;", banned, StringComparison.Ordinal);
    }

    private static (HashSet<string> Types, HashSet<string> Members) References(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.TypeReferences)
        {
            types.Add(Name(md, handle));
        }

        var members = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            if (member.Parent.Kind == HandleKind.TypeReference)
            {
                members.Add($"{Name(md, (TypeReferenceHandle)member.Parent)}.{md.GetString(member.Name)}");
            }
        }

        return (types, members);
    }

    private static string Name(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        var ns = md.GetString(type.Namespace);
        return ns.Length == 0 ? md.GetString(type.Name) : $"{ns}.{md.GetString(type.Name)}";
    }
}
