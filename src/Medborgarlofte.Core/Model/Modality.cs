namespace Medborgarlofte;

/// <summary>How firmly a target is promised (modalitet): "ska", "bör" or "strävar efter".</summary>
public enum Modality
{
    /// <summary>A hard target ("ska"). JSON: <c>shall</c>.</summary>
    Shall,

    /// <summary>A soft target ("bör"). JSON: <c>should</c>.</summary>
    Should,

    /// <summary>An aspiration ("strävar efter"). JSON: <c>strivesTo</c>.</summary>
    StrivesTo,
}
