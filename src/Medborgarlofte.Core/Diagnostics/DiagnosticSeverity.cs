namespace Medborgarlofte;

/// <summary>How serious a diagnostic is (allvarlighetsgrad).</summary>
public enum DiagnosticSeverity
{
    /// <summary>The document is invalid (fel). JSON: <c>error</c>.</summary>
    Error,

    /// <summary>Valid, but probably not what was meant (varning). JSON: <c>warning</c>.</summary>
    Warning,

    /// <summary>Worth knowing (information). JSON: <c>info</c>.</summary>
    Info,
}
