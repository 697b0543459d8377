using System.Runtime.InteropServices;

namespace Medborgarlofte.Json.Shapes;

/// <summary>
/// One property's value while its object is read: whether the property was there, whether its value read, and the
/// value itself, a reference or a small struct kept in <see cref="Bits"/> (no boxing, so reading allocates no more
/// than the hand-written readers did).
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct FieldValue
{
    /// <summary>A string, text, object, interval or extension data, or the items of an array.</summary>
    internal object? Reference;

    /// <summary>A value type of at most 16 bytes (a number, integer, code, date or boolean), written through <c>Unsafe.As</c>.</summary>
    internal decimal Bits;

    /// <summary>Whether the property was in the object, even with a value that did not read.</summary>
    internal bool Present;

    /// <summary>Whether the value read without a problem.</summary>
    internal bool HasValue;
}
