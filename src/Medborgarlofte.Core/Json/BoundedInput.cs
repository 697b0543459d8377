using System;
using System.Buffers;
using System.IO;
using Medborgarlofte.Json.Parsed;

namespace Medborgarlofte.Json;

/// <summary>
/// The buffer a stream is read into, for the synchronous and asynchronous reads alike: never more than one byte
/// past the size limit is asked for, so an endless or huge stream costs at most the limit.
/// </summary>
internal sealed class BoundedInput
{
    private readonly ArrayBufferWriter<byte> _buffer;
    private readonly int _cap;

    internal BoundedInput(Stream stream, JsonLimits limits)
    {
        // A stream that knows its length gets a buffer with room for it and the final empty read, so it is copied
        // once; another grows by doubling, as needed.
        _cap = limits.MaxInputBytes + 1;
        _buffer = new ArrayBufferWriter<byte>(stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 1, _cap) : Math.Min(16 * 1024, _cap));
    }

    /// <summary>Gets the room for the next read, bounded by the one byte past the limit.</summary>
    internal Span<byte> Free
    {
        get
        {
            var span = _buffer.GetSpan(1);
            return span[..Math.Min(span.Length, _cap - _buffer.WrittenCount)];
        }
    }

    /// <summary>Gets the same room as <see cref="Free"/>, for an asynchronous read.</summary>
    internal Memory<byte> FreeMemory
    {
        get
        {
            var memory = _buffer.GetMemory(1);
            return memory[..Math.Min(memory.Length, _cap - _buffer.WrittenCount)];
        }
    }

    /// <summary>Takes a read's count; false at the end of the stream or once past the limit.</summary>
    internal bool Append(int read)
    {
        if (read == 0)
        {
            return false;
        }

        _buffer.Advance(read);
        return _buffer.WrittenCount < _cap;
    }

    /// <summary>Reports input past the limit, or parses what was read.</summary>
    internal ParsedJson? Finish(JsonLimits limits, ReadContext c)
    {
        if (_buffer.WrittenCount > limits.MaxInputBytes)
        {
            c.Report(DiagnosticCodes.LimitExceeded, string.Empty, $"Indata är större än gränsen {limits.MaxInputBytes} byte.", $"The input is larger than the limit of {limits.MaxInputBytes} bytes.");
            return null;
        }

        return JsonInput.Parse(_buffer.WrittenMemory, limits, c);
    }
}
