using System;
using System.Collections.Generic;
using System.Linq;
using Medborgarlofte.Import;
using Xunit;

namespace Medborgarlofte.Tests.Import.Spreadsheets;

/// <summary>
/// One test per bad cell the follow-up import reports: each gives its MI3xxx code on the cell it is about (sheet, row,
/// column), Swedish then English, and no follow-up. Each starts from Kungsbacka's follow-up example, filled correctly.
/// </summary>
public sealed class FollowUpSheetDiagnosticsTests
{
    private const string Example = "kungsbacka-2019-2020-uppfoljning-2019-07.json";

    [Fact]
    public void A_date_that_is_not_a_date() =>
        Refused(f => Row(f, "Mål", "t3.1")[3] = "1 mars 2019", ImportCodes.CellNotADate, "Mål!D" + RowNumber("Mål", "t3.1"));

    [Fact]
    public void A_serial_number_that_is_no_date_is_not_a_date() =>
        Refused(f => Row(f, "Mål", "t3.1")[3] = 99_999_999m, ImportCodes.CellNotADate, "Mål!D" + RowNumber("Mål", "t3.1"));

    [Fact]
    public void A_value_that_is_not_a_number() =>
        Refused(f => Row(f, "Mål", "t3.1")[6] = "många", ImportCodes.CellNotANumber, "Mål!G" + RowNumber("Mål", "t3.1"));

    [Fact]
    public void A_date_in_the_value_column_is_a_value_in_the_wrong_cell()
    {
        var result = Refused(f => Row(f, "Mål", "t3.1")[6] = "2019-03-12", ImportCodes.CellNotANumber, "Mål!G" + RowNumber("Mål", "t3.1"));
        Assert.Contains("fel cell", result.Message.Swedish, StringComparison.Ordinal);
        Assert.Contains("wrong cell", result.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_Excel_made_of_what_was_typed_in_the_value_column_is_not_a_count()
    {
        // Typed "1/3" in the value column, Excel stores the serial number of 1 March with a date format: not 43 525.
        var result = Refused(f => Row(f, "Mål", "t3.1")[6] = new NodaTime.LocalDate(2019, 3, 1), ImportCodes.CellNotANumber, "Mål!G" + RowNumber("Mål", "t3.1"));
        Assert.Contains("fel cell", result.Message.Swedish, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_the_templates_columns() =>
        Refused(f => Put(Row(f, "Mål", "t3.1"), 11, "3"), ImportCodes.CellOutsideTable, "Mål!L" + RowNumber("Mål", "t3.1"));

    [Fact]
    public void A_target_id_the_agreement_lacks() =>
        Refused(f => Row(f, "Mål", "t3.1")[1] = "t9.9", ImportCodes.UnknownReference, "Mål!B" + RowNumber("Mål", "t3.1"));

    [Fact]
    public void A_row_without_a_target() =>
        Refused(f => f["Mål"].Add([null, null, null, "2019-04-01", null, null, 1m]), ImportCodes.RowWithoutReference, "Mål!D" + (Filled()["Mål"].Count + 1));

    [Fact]
    public void A_duplicate_row()
    {
        var row = RowNumber("Mål", "t3.1");
        Refused(f => f["Mål"].Insert(row, [.. f["Mål"][row - 1]]), ImportCodes.DuplicateRow, "Mål!A" + (row + 1));
    }

    [Fact]
    public void A_commitment_given_twice()
    {
        var row = RowNumber("Åtaganden", "c3.2");
        Refused(f => f["Åtaganden"].Insert(row, [.. f["Åtaganden"][row - 1]]), ImportCodes.DuplicateRow, "Åtaganden!A" + (row + 1));
    }

    [Fact]
    public void A_status_not_in_the_code_list() =>
        Refused(f => Row(f, "Åtaganden", "c3.2")[3] = "klart", ImportCodes.UnknownStatus, "Åtaganden!D" + RowNumber("Åtaganden", "c3.2"));

    [Fact]
    public void A_value_without_a_date() =>
        Refused(f => Row(f, "Mål", "t3.1")[3] = null, ImportCodes.IncompleteRow, "Mål!A" + RowNumber("Mål", "t3.1"));

    [Fact]
    public void A_date_and_a_period_on_one_row() =>
        Refused(f => Row(f, "Mål", "t3.1")[4] = "2019-03-01", ImportCodes.IncompleteRow, "Mål!D" + RowNumber("Mål", "t3.1"));

    [Fact]
    public void An_empty_as_of_date() =>
        Refused(f => Row(f, "Uppföljning", "Avstämningsdatum / As of")[1] = null, ImportCodes.MissingField, "Uppföljning!A" + RowNumber("Uppföljning", "Avstämningsdatum / As of"));

    [Fact]
    public void A_sheet_of_another_agreement() =>
        Refused(f => Row(f, "Uppföljning", "Medborgarlöfte (id) / Agreement (id)")[1] = "bastad-2024", ImportCodes.OtherAgreement, "Uppföljning!B" + RowNumber("Uppföljning", "Medborgarlöfte (id) / Agreement (id)"));

    [Fact]
    public void A_yes_no_cell_that_is_neither() =>
        Refused(f => Row(f, "Uppföljning", "Illustrativ (ja/nej) / Illustrative (yes/no)")[1] = "kanske", ImportCodes.InvalidCell, "Uppföljning!B" + RowNumber("Uppföljning", "Illustrativ (ja/nej) / Illustrative (yes/no)"));

    [Fact]
    public void A_missing_column_heading_means_it_is_not_a_template() =>
        Refused(f => f["Mål"][0][1] = "Målets nummer", ImportCodes.NotAFollowUpSheet, "Mål!A1");

    [Fact]
    public void A_workbook_that_is_not_a_template()
    {
        var (_, followUp, agreement) = FollowUpRoundTripTests.Load(Example);
        _ = followUp;
        var result = FollowUpSheetImporter.Import("Blad1;A;B\r\nBlad1;1;2\r\n"u8.ToArray(), "uppfoljning.csv", agreement);
        Assert.Null(result.FollowUp);
        Assert.Contains(result.Diagnostics, d => d.Diagnostic.Code == ImportCodes.NotAFollowUpSheet);
    }

    [Fact]
    public void A_bad_cell_in_a_CSV_file_is_named_by_line_and_field()
    {
        var (_, followUp, agreement) = FollowUpRoundTripTests.Load(Example);
        var filled = FilledTemplate.FromCsv(FollowUpTemplate.WriteCsv(agreement));
        filled.Fill(followUp, datesAsText: true);
        Row(filled, "Mål", "t3.1")[3] = "igår";

        var result = FollowUpSheetImporter.Import(filled.ToCsv(';', byteOrderMark: true), "uppfoljning.csv", agreement);

        var line = filled.Sheets.TakeWhile(s => s.Name != "Mål").Sum(s => s.Rows.Count) + RowNumber("Mål", "t3.1");
        var error = Assert.Single(result.Diagnostics, d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Equal(ImportCodes.CellNotADate, error.Diagnostic.Code);
        Assert.Equal($"{line}:5", error.Cell!.Reference);
    }

    [Fact]
    public void Empty_rows_and_an_unfilled_template_are_fine()
    {
        var (_, followUp, agreement) = FollowUpRoundTripTests.Load(Example);
        var template = FollowUpTemplate.WriteXlsx(agreement);
        var filled = FilledTemplate.FromXlsx(template);
        filled.Fill(followUp, datesAsText: false);
        filled["Mål"].Insert(3, []);
        filled["Mål"].Add([]);

        Assert.Equal(followUp, FollowUpSheetImporter.Import(filled.ToXlsx(template), "uppfoljning.xlsx", agreement).FollowUp);

        // The template as written, with only the as-of date filled in, is a follow-up with nothing reported.
        var empty = FilledTemplate.FromXlsx(template);
        Put(Row(empty, "Uppföljning", "Avstämningsdatum / As of"), 1, new NodaTime.LocalDate(2019, 7, 1));
        var nothing = FollowUpSheetImporter.Import(empty.ToXlsx(template), "uppfoljning.xlsx", agreement);
        Assert.True(nothing.Success, string.Join("\n", nothing.Diagnostics));
        Assert.Empty(nothing.FollowUp!.Observations);
    }

    [Fact]
    public void The_validation_against_the_agreement_is_placed_on_the_cell()
    {
        // A negative count passes the sheet's checks (it is a number) and fails the follow-up's validation: ML…, on the value's cell.
        var (_, followUp, agreement) = FollowUpRoundTripTests.Load(Example);
        var template = FollowUpTemplate.WriteXlsx(agreement);
        var filled = FilledTemplate.FromXlsx(template);
        filled.Fill(followUp, datesAsText: false);
        Row(filled, "Mål", "t3.1")[6] = -1m;

        var result = FollowUpSheetImporter.Import(filled.ToXlsx(template), "uppfoljning.xlsx", agreement);

        Assert.Null(result.FollowUp);
        var error = Assert.Single(result.Diagnostics, d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("ML", error.Diagnostic.Code, StringComparison.Ordinal);
        Assert.Equal("Mål!G" + RowNumber("Mål", "t3.1"), error.Cell!.Reference);
    }

    private static Diagnostic Refused(Action<FilledTemplate> spoil, string code, string cell)
    {
        var (_, followUp, agreement) = FollowUpRoundTripTests.Load(Example);
        var template = FollowUpTemplate.WriteXlsx(agreement);
        var filled = FilledTemplate.FromXlsx(template);
        filled.Fill(followUp, datesAsText: false);
        spoil(filled);

        var result = FollowUpSheetImporter.Import(filled.ToXlsx(template), "uppfoljning.xlsx", agreement);

        Assert.Null(result.FollowUp);
        var errors = result.Diagnostics.Where(d => d.Diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        var error = Assert.Single(errors);
        Assert.Equal(code, error.Diagnostic.Code);
        Assert.Equal(cell, error.Cell?.Reference);
        Assert.False(string.IsNullOrWhiteSpace(error.Diagnostic.Message.Swedish));
        Assert.False(string.IsNullOrWhiteSpace(error.Diagnostic.Message.English));
        return error.Diagnostic;
    }

    private static FilledTemplate Filled()
    {
        var (_, followUp, agreement) = FollowUpRoundTripTests.Load(Example);
        var filled = FilledTemplate.FromXlsx(FollowUpTemplate.WriteXlsx(agreement));
        filled.Fill(followUp, datesAsText: false);
        return filled;
    }

    /// <summary>The 1-based row of the first row whose id (or field name) is <paramref name="key"/> in the filled example.</summary>
    private static int RowNumber(string sheet, string key) => Filled()[sheet].FindIndex(r => r.Contains(key)) + 1;

    private static List<object?> Row(FilledTemplate filled, string sheet, string key) => filled[sheet].First(r => r.Contains(key));

    private static void Put(List<object?> row, int column, object? value)
    {
        while (row.Count <= column)
        {
            row.Add(null);
        }

        row[column] = value;
    }
}
