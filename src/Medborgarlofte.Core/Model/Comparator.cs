namespace Medborgarlofte;

/// <summary>How a recorded count is compared with a target's value.</summary>
public enum Comparator
{
    /// <summary>At least the value ("minst"). JSON: <c>atLeast</c>.</summary>
    AtLeast,

    /// <summary>At most the value ("högst"). JSON: <c>atMost</c>.</summary>
    AtMost,

    /// <summary>Exactly the value. JSON: <c>exactly</c>.</summary>
    Exactly,
}
