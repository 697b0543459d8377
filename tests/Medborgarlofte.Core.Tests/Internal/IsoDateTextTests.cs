using System;
using System.Globalization;
using Medborgarlofte.Internal;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Internal;

/// <summary>A date written into an interpolated string reads as <see cref="IsoDate.Format"/> writes it, and asks for more room when there is too little.</summary>
public sealed class IsoDateTextTests
{
    public static TheoryData<LocalDate> Dates() => [new LocalDate(2024, 5, 7), new LocalDate(1, 1, 1), new LocalDate(-44, 3, 15), LocalDate.MinIsoValue, LocalDate.MaxIsoValue];

    [Theory]
    [MemberData(nameof(Dates))]
    public void Interpolated_it_reads_as_the_ISO_writer_writes_it(LocalDate date)
    {
        var expected = IsoDate.Format(date);

        Assert.Equal("från " + expected + ".", string.Create(CultureInfo.InvariantCulture, $"från {new IsoDateText(date)}."));
#pragma warning disable MA0011 // the parameterless form, which a debugger shows, is under test
        Assert.Equal(expected, new IsoDateText(date).ToString());
#pragma warning restore MA0011
        Assert.Equal(expected, new IsoDateText(date).ToString(null, CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Dates))]
    public void It_writes_nothing_into_a_buffer_one_character_short(LocalDate date)
    {
        var length = IsoDate.Format(date).Length;
        Span<char> buffer = stackalloc char[length];

        Assert.False(new IsoDateText(date).TryFormat(buffer[..(length - 1)], out var none, default, null));
        Assert.Equal(0, none);
        Assert.True(new IsoDateText(date).TryFormat(buffer, out var written, default, null));
        Assert.Equal(length, written);
        Assert.Equal(IsoDate.Format(date), buffer.ToString());
    }
}
