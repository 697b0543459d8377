using System.Globalization;
using System.Text;

namespace Medborgarlofte.Import;

/// <summary>
/// Where a cell of a follow-up spreadsheet (uppföljningsblad) is: a sheet, row and column of a workbook
/// (<c>Mål!C7</c>), or the line and field of a CSV file (<c>7:3</c>).
/// </summary>
/// <param name="Sheet">The sheet's name; <see langword="null"/> for a CSV file.</param>
/// <param name="Row">The row (1-based); for a CSV file the line the field starts on.</param>
/// <param name="Column">The column (1-based); for a CSV file the field's place in its record.</param>
public sealed record SheetCell(string? Sheet, int Row, int Column)
{
    /// <summary>Gets the cell as a spreadsheet names it: <c>Mål!C7</c>, or <c>7:3</c> (line and field) in a CSV file.</summary>
    public string Reference => Sheet is null
        ? Row.ToString(CultureInfo.InvariantCulture) + ":" + Column.ToString(CultureInfo.InvariantCulture)
        : Sheet + "!" + ColumnName(Column) + Row.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => Reference;

    /// <summary>The column's letters: 1 is A, 27 is AA.</summary>
    internal static string ColumnName(int column)
    {
        var letters = new StringBuilder();
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }
}
