using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Integration;

/// <summary>Reading and validating a stream asynchronously, as a request body under Kestrel is read.</summary>
public sealed class AsyncReadingTests
{
    private static readonly ValidationOptions AsOf2024 = new() { AsOf = new LocalDate(2024, 6, 1) };

    [Theory]
    [InlineData("bastad-2024")]
    [InlineData("kungsbacka-2019-2020")]
    public async Task ValidateAsync_says_what_Validate_says_without_a_synchronous_read(string name)
    {
        var bytes = ExampleFiles.Bytes(name);
        using var stream = new AsyncOnlyStream(bytes, chunk: 7);

        var report = await AgreementValidator.ValidateAsync(stream, AsOf2024, CancellationToken.None);

        Assert.Equal(AgreementValidator.Validate(bytes, AsOf2024).Diagnostics, report.Diagnostics);
        Assert.True(report.IsValid);
    }

    [Fact]
    public async Task ReadAsync_gives_the_agreement_and_the_follow_up_document()
    {
        var bytes = ExampleFiles.Bytes("kungsbacka-2019-2020");
        using var stream = new AsyncOnlyStream(bytes, chunk: 4096);
        var followUp = File.ReadAllBytes(Repository.PathOf("examples", "follow-up", "kungsbacka-2019-2020-uppfoljning-2019-07.json"));
        using var followUpStream = new AsyncOnlyStream(followUp, chunk: 100);

        var agreement = (await AgreementJson.ReadAsync(stream, cancellationToken: CancellationToken.None)).GetValueOrThrow();
        var document = (await FollowUpJson.ReadAsync(followUpStream, cancellationToken: CancellationToken.None)).GetValueOrThrow();

        Assert.Equal(AgreementJson.Read(bytes).Value, agreement);
        Assert.Equal(FollowUpJson.Read(followUp).Value, document);
    }

    [Fact]
    public async Task An_endless_stream_is_read_one_byte_past_the_limit_and_no_further()
    {
        var limits = new JsonLimits { MaxInputBytes = 100_000 };
        using var stream = new AsyncOnlyStream(null, chunk: 8192);

        var report = await AgreementValidator.ValidateAsync(stream, AsOf2024 with { Limits = limits }, CancellationToken.None);

        Assert.Equal(DiagnosticCodes.LimitExceeded.Code, Assert.Single(report.Diagnostics).Code);
        Assert.Equal(limits.MaxInputBytes + 1, stream.Position);
    }

    [Fact]
    public async Task A_read_that_fails_midway_is_a_diagnostic_not_an_exception()
    {
        using var stream = new AsyncOnlyStream(ExampleFiles.Bytes("bastad-2024"), chunk: 100, failAfter: 300);

        var read = await AgreementJson.ReadAsync(stream, cancellationToken: CancellationToken.None);

        Assert.False(read.Success);
        Assert.Contains("connection reset", Assert.Single(read.Diagnostics).Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        using var stream = new AsyncOnlyStream(ExampleFiles.Bytes("bastad-2024"), chunk: 100);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AgreementValidator.ValidateAsync(stream, AsOf2024, cancelled.Token));
    }

    /// <summary>A request body: synchronous reads throw, as under Kestrel; endless when given no bytes; can fail midway.</summary>
    private sealed class AsyncOnlyStream(byte[]? bytes, int chunk, int failAfter = int.MaxValue) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            if (_position >= failAfter)
            {
                throw new IOException("The connection reset.");
            }

            var n = Math.Min(buffer.Length, chunk);
            if (bytes is not null)
            {
                n = (int)Math.Min(n, bytes.Length - _position);
                bytes.AsSpan((int)_position, n).CopyTo(buffer.Span);
            }
            else
            {
                buffer.Span[..n].Fill((byte)' ');
            }

            _position += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
