using BrainEvent.IO;

namespace BrainEvent;

public abstract partial class FixedNumConn<T>
{
    /// <summary>
    /// Saves the matrix to <paramref name="path"/> in NumPy's <c>.npz</c> format (see <see cref="FixedNumConnFile"/>);
    /// a lazy matrix is evaluated first. The path is used as given (no <c>.npz</c> is appended) and an
    /// existing file is replaced only once the new one is complete.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="compressed">Deflate the arrays, as <c>numpy.savez_compressed</c> does; by default they are stored, as <c>numpy.savez</c> does.</param>
    public void Save(string path, bool compressed = false) => NpzConnWriter.Write(this, path, compressed);
}
