using System.Collections.Generic;

namespace Medborgarlofte.Import.Spreadsheets;

/// <summary>The non-empty cells of one row, by column (1-based), and the row's place for a diagnostic about the whole row.</summary>
internal sealed record GridRow(SheetCell At, IReadOnlyDictionary<int, GridCell> Cells);
