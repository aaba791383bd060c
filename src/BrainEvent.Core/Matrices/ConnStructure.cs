namespace BrainEvent;

/// <summary>
/// The connectivity of a matrix in storage terms: <see cref="Rows"/> stored rows of <see cref="NConn"/>
/// indices, each in <c>[0, IndexBound)</c>, and the column mirror once built. Every matrix derived from
/// one construction (transpose, new values, element-wise chains) shares one instance, so the mirror is
/// built at most once.
/// </summary>
internal sealed class ConnStructure
{
    private ColumnMirror? _mirror;

    public ConnStructure(ReadOnlyMemory<int> indices, int rows, int nConn, int indexBound, ColumnMirror? mirror = null)
    {
        Indices = indices;
        Rows = rows;
        NConn = nConn;
        IndexBound = indexBound;
        _mirror = mirror;
    }

    public ReadOnlyMemory<int> Indices { get; }

    public int Rows { get; }

    public int NConn { get; }

    public int IndexBound { get; }

    public int Nse => Indices.Length;

    /// <summary>The mirror, built on first use (thread-safe: racing builders agree, one result is kept).</summary>
    public ColumnMirror Mirror
    {
        get
        {
            var mirror = Volatile.Read(ref _mirror);
            if (mirror is not null)
            {
                return mirror;
            }

            var built = ColumnMirror.Build(Indices.Span, NConn, IndexBound);
            return Interlocked.CompareExchange(ref _mirror, built, null) ?? built;
        }
    }

    public ColumnMirror? BuiltMirror => Volatile.Read(ref _mirror);

    /// <summary>Same dimensions and the same index values (the same memory is the quick answer).</summary>
    public bool HasSameConnectivity(ConnStructure other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Rows == other.Rows && NConn == other.NConn && IndexBound == other.IndexBound
            && (Indices.Equals(other.Indices) || Indices.Span.SequenceEqual(other.Indices.Span));
    }
}
