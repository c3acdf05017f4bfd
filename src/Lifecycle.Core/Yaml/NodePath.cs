using System.Globalization;

namespace Lifecycle.Core.Yaml;

/// <summary>
/// A member path held as its parts (<c>hooks.ApplicationStart</c> and an index) and turned into text only when a
/// diagnostic needs it: reading a valid file builds no path strings.
/// </summary>
internal readonly record struct NodePath(string Prefix, string? Name = null, int Index = -1)
{
    public NodePath(string prefix, int index)
        : this(prefix, null, index)
    {
    }

    public static NodePath Root => new(string.Empty);

    /// <summary>A path already written out.</summary>
    public static implicit operator NodePath(string path) => new(path);

    public bool IsRoot => Prefix.Length == 0 && Name is null && Index < 0;

    public override string ToString()
    {
        var named = Name is null ? Prefix : Prefix.Length == 0 ? Name : $"{Prefix}.{Name}";
        return Index < 0 ? named : string.Create(CultureInfo.InvariantCulture, $"{named}[{Index}]");
    }

    /// <summary>The path of a key under this one.</summary>
    public string Join(string key) => IsRoot ? key : $"{this}.{key}";
}
