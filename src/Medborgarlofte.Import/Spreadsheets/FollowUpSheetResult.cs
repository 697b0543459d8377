using System.Collections.Generic;
using Medborgarlofte.FollowUp;

namespace Medborgarlofte.Import;

/// <summary>A follow-up read from a spreadsheet, or the cells that kept it from being read.</summary>
public sealed class FollowUpSheetResult
{
    internal FollowUpSheetResult(FollowUpDocument? followUp, IReadOnlyList<SheetDiagnostic> diagnostics)
    {
        FollowUp = followUp;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the follow-up; <see langword="null"/> when a cell was wrong or the follow-up does not validate against the agreement.</summary>
    public FollowUpDocument? FollowUp { get; }

    /// <summary>Gets every diagnostic, each with its cell, in the order of the sheets and rows.</summary>
    public IReadOnlyList<SheetDiagnostic> Diagnostics { get; }

    /// <summary>Gets whether a follow-up was read (warnings allowed).</summary>
    public bool Success => FollowUp is not null;
}
