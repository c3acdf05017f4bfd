using System.Reflection;
using System.Text;
using Lifecycle.Core.AutoScaling;
using Lifecycle.Tests.Shared;

namespace Lifecycle.Core.Tests;

/// <summary>
/// The public API of Lifecycle.Core, listed member by member, must equal Lifecycle.Core.api.txt. A change to
/// the public surface is then a visible change to that file in review. After an intended change, run the tests
/// with LIFECYCLE_ACCEPT_API=1 to rewrite the file.
/// </summary>
public class PublicApiTests
{
    private static readonly string SnapshotPath =
        Path.Combine(SharedFolder.RepositoryRoot, "tests", "Lifecycle.Core.Tests", "Lifecycle.Core.api.txt");

    [Fact]
    public void PublicApi_MatchesTheSnapshot()
    {
        var actual = Describe(typeof(LifecycleHookRegistry).Assembly);
        if (Environment.GetEnvironmentVariable("LIFECYCLE_ACCEPT_API") == "1")
        {
            File.WriteAllText(SnapshotPath, actual);
        }

        var expected = File.Exists(SnapshotPath) ? File.ReadAllText(SnapshotPath).ReplaceLineEndings("\n") : string.Empty;
        var missing = expected.Split('\n').Except(actual.Split('\n')).ToList();
        var added = actual.Split('\n').Except(expected.Split('\n')).ToList();
        Assert.True(missing.Count == 0 && added.Count == 0,
            "The public API changed. Removed:\n  " + string.Join("\n  ", missing) + "\nAdded:\n  " + string.Join("\n  ", added)
            + "\nIf intended, run the tests with LIFECYCLE_ACCEPT_API=1.");
    }

    [Fact]
    public void PublicApi_ShowsNoThirdPartyType()
    {
        var leaks = Describe(typeof(LifecycleHookRegistry).Assembly).Split('\n')
            .Where(line => line.Contains("FluentValidation", StringComparison.Ordinal) || line.Contains("YamlDotNet", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(leaks);
    }

    [Fact]
    public void PublicApi_HasNoPositionalRecord()
    {
        // A positional record's primary constructor and Deconstruct break every caller when a member is added.
        var positional = typeof(LifecycleHookRegistry).Assembly.GetExportedTypes()
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(m => m.Name == "Deconstruct"))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(positional);
    }

    [Fact]
    public void PublicApi_HasNoJsonWriterOrReader()
    {
        var leaks = Describe(typeof(LifecycleHookRegistry).Assembly).Split('\n')
            .Where(line => line.Contains("System.Text.Json.Utf8Json", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(leaks);
    }

    /// <summary>
    /// Where AWS's value has a type of ours (LifecycleHookName, InstanceId, ...), members and parameters of that
    /// name take the type, not a string. The exceptions are the request shapes, which hold what a caller sent as the
    /// wire sends it, so that a wrong value can be held and reported with diagnostics instead of being unrepresentable.
    /// </summary>
    [Fact]
    public void PublicApi_TakesTheValueTypes_NotStrings_OutsideTheRequestShapes()
    {
        string[] valueNames = ["LifecycleHookName", "InstanceId", "LifecycleActionToken", "AutoScalingGroupName", "NotificationTargetARN",
            "RoleARN", "NotificationMetadata", "LifecycleTransition", "HeartbeatTimeout", "LifecycleEvent", "Mode"];
        Type[] requestShapes = [typeof(PutLifecycleHookRequest), typeof(LifecycleHookSpecification)];
        var strings = new List<string>();
        foreach (var type in typeof(LifecycleHookRegistry).Assembly.GetExportedTypes().Where(t => !requestShapes.Contains(t)))
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            strings.AddRange(type.GetProperties(flags)
                .Where(p => p.PropertyType == typeof(string) && valueNames.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
                .Select(p => $"{type.Name}.{p.Name}"));
            strings.AddRange(type.GetMethods(flags).SelectMany(m => m.GetParameters())
                .Where(p => p.ParameterType == typeof(string) && valueNames.Contains(p.Name, StringComparer.OrdinalIgnoreCase))
                .Select(p => $"{type.Name}.{p.Member.Name}({p.Name})"));
        }

        Assert.Empty(strings);
    }

    private static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            lines.Add($"{Kind(type)} {Name(type)}");
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(flags))
            {
                var text = member switch
                {
                    ConstructorInfo c => $"ctor({Parameters(c)})",
                    MethodInfo m when m.IsSpecialName && !m.Name.StartsWith("op_", StringComparison.Ordinal) => null,
                    MethodInfo m when IsCompilerGenerated(m) => null,
                    MethodInfo m => $"{(m.IsStatic ? "static " : string.Empty)}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
                    PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {(p.CanRead ? "get; " : string.Empty)}{Setter(p)}}}",
                    FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
                    EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
                    Type nested => $"nested {Name(nested)}",
                    _ => member.ToString(),
                };
                if (text is not null)
                {
                    lines.Add($"{Name(type)}::{text}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return new StringBuilder().AppendJoin('\n', lines).Append('\n').ToString();
    }

    private static string Setter(PropertyInfo property) => property.SetMethod is not { IsPublic: true } setter ? string.Empty
        : setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit") ? "init; "
        : "set; ";

    // Record and record-struct plumbing the compiler writes (<Clone>$, PrintMembers, EqualityContract, Deconstruct).
    private static bool IsCompilerGenerated(MethodInfo method) =>
        method.Name.Contains('<', StringComparison.Ordinal) || method.Name is "PrintMembers";

    private static string Kind(Type type) =>
        type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable is not null)
        {
            return Name(nullable) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var name = type.IsNested ? $"{Name(type.DeclaringType!)}.{type.Name}" : $"{type.Namespace}.{type.Name}";
        if (type.IsByRef)
        {
            name = Name(type.GetElementType()!) + "&";
        }

        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return $"{(tick >= 0 ? name[..tick] : name)}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
