namespace BrainEvent.Tests.Networks.Checkpoints;

/// <summary>
/// Passes the first <paramref name="crashAt"/> bytes written to <paramref name="inner"/> (flushed, so they are in the
/// file), then throws <see cref="IOException"/> as a crash or a full disk would; if every byte fits, it throws on
/// <see cref="Flush"/>, the last step before the rename.
/// </summary>
internal sealed class CrashingStream(Stream inner, long crashAt) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int passed = (int)Math.Min(buffer.Length, crashAt - _written);
        inner.Write(buffer[..passed]);
        _written += passed;
        if (passed < buffer.Length)
        {
            inner.Flush();
            throw new IOException($"simulated crash after {_written} bytes");
        }
    }

    public override void Flush()
    {
        inner.Flush();
        throw new IOException($"simulated crash after all {_written} bytes, before the rename");
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
