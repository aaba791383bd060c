using System.Runtime.CompilerServices;

namespace BrainEvent.Graph;

/// <summary>
/// The identity of a graph's or lambda's structure: a canonical text plus the few objects a lambda bakes
/// in (compared by reference). Two graphs with equal keys compute the same function of their leaves.
/// </summary>
internal sealed class StructuralKey : IEquatable<StructuralKey>
{
    private readonly object[] _baked;
    private readonly int _hash;

    public StructuralKey(string text, object[] baked)
    {
        Text = text;
        _baked = baked;
        var hash = new HashCode();
        hash.Add(text, StringComparer.Ordinal);
        foreach (var o in baked)
        {
            hash.Add(RuntimeHelpers.GetHashCode(o));
        }

        _hash = hash.ToHashCode();
    }

    public string Text { get; }

    public IReadOnlyList<object> Baked => _baked;

    public bool Equals(StructuralKey? other)
    {
        if (other is null || other._hash != _hash || other._baked.Length != _baked.Length || other.Text != Text)
        {
            return false;
        }

        for (int i = 0; i < _baked.Length; i++)
        {
            if (!ReferenceEquals(_baked[i], other._baked[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as StructuralKey);

    public override int GetHashCode() => _hash;

    public override string ToString() => Text;
}
