namespace Medborgarlofte.Import;

/// <summary>The follow-up spreadsheet's codes (MI3xxx): each is an error on one cell or row, and no follow-up is written.</summary>
public static partial class ImportCodes
{
    /// <summary>A date cell holds something that is not a date (neither a date cell nor text such as 2024-03-01).</summary>
    public const string CellNotADate = "MI3001";

    /// <summary>A value cell holds something that is not a number (a date or a word in the value column).</summary>
    public const string CellNotANumber = "MI3002";

    /// <summary>A target, commitment, goal or party id the agreement does not have.</summary>
    public const string UnknownReference = "MI3003";

    /// <summary>A row with data but no target (or commitment, or goal) id.</summary>
    public const string RowWithoutReference = "MI3004";

    /// <summary>The same target and date (or period), the same commitment or the same goal and year twice.</summary>
    public const string DuplicateRow = "MI3005";

    /// <summary>A commitment status not in the code list.</summary>
    public const string UnknownStatus = "MI3006";

    /// <summary>A value in a cell outside the template's columns (a column without a heading, a row without a field name).</summary>
    public const string CellOutsideTable = "MI3007";

    /// <summary>A row that is not whole: a value without a date, a date without a value, a date and a period, a comment without a status.</summary>
    public const string IncompleteRow = "MI3008";

    /// <summary>A field of the follow-up that must be given is empty (the follow-up's id, the as-of date).</summary>
    public const string MissingField = "MI3009";

    /// <summary>The sheet is of another agreement (or revision) than the one given with --agreement.</summary>
    public const string OtherAgreement = "MI3010";

    /// <summary>The workbook or CSV is not a follow-up template: a sheet or a column heading is missing.</summary>
    public const string NotAFollowUpSheet = "MI3011";

    /// <summary>A cell that is not of its column's form: a yes/no cell that is neither, a text in English without Swedish.</summary>
    public const string InvalidCell = "MI3012";
}
