using System.Collections.Generic;

namespace Medborgarlofte.Tests.Support;

/// <summary>What headless Chromium measured on one rendered page (see <c>tests/browser/check.mjs</c>).</summary>
/// <param name="File">The rendered file's name, e.g. <c>bastad-2024.sv.html</c>.</param>
/// <param name="Views">The page at 390 px, at 1200 px and in print.</param>
/// <param name="Violations">axe-core's WCAG 2.1 A and AA violations.</param>
internal sealed record BrowserReport(string File, IReadOnlyList<BrowserView> Views, IReadOnlyList<AxeViolation> Violations);

/// <summary>The page in one view.</summary>
/// <param name="View"><c>390</c>, <c>1200</c> or <c>print</c>.</param>
/// <param name="ContentWidth">The width of the page's content column, in CSS pixels.</param>
/// <param name="SignatureBlockWidth">The width of the list of signatures, or null when the page has none.</param>
/// <param name="SignatureCount">How many signatures the list holds.</param>
/// <param name="BrokenWords">Words of the signature block that wrap inside themselves.</param>
internal sealed record BrowserView(string View, double ContentWidth, double? SignatureBlockWidth, int SignatureCount, IReadOnlyList<string> BrokenWords);

/// <summary>One axe-core rule the page violates.</summary>
/// <param name="Id">The rule, e.g. <c>color-contrast</c>.</param>
/// <param name="Impact">axe's impact: minor, moderate, serious or critical.</param>
/// <param name="Nodes">How many elements violate it.</param>
/// <param name="Help">axe's one-line description.</param>
/// <param name="Target">The first violating element's selector.</param>
internal sealed record AxeViolation(string Id, string? Impact, int Nodes, string Help, string? Target);
