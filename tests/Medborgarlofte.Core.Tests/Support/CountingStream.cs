using System;
using System.IO;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// A read-only stream over another, or an endless one of zeros, that counts the bytes read through it: a test of a
/// bounded reader asserts on the count, not on time.
/// </summary>
public sealed class CountingStream(Stream? inner = null) : Stream
{
    /// <summary>Gets the bytes read so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n;
        if (inner is null)
        {
            Array.Clear(buffer, offset, count);
            n = count;
        }
        else
        {
            n = inner.Read(buffer, offset, count);
        }

        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner?.Dispose();
        }

        base.Dispose(disposing);
    }
}
