using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Medborgarlofte.Import;
using Xunit;
using Xunit.Abstractions;

namespace Medborgarlofte.Tests.Import.Spreadsheets;

/// <summary>
/// Hostile spreadsheets: each ends in one MI0xxx diagnostic and no follow-up, never an exception, with the memory
/// allocated bounded by the limits rather than by what the file claims or unpacks to.
/// </summary>
public sealed class FollowUpSheetBadInputTests(ITestOutputHelper output)
{
    private static readonly Agreement Agreement = FollowUpRoundTripTests.Load("kungsbacka-2019-2020-uppfoljning-2019-07.json").Agreement;

    [Fact]
    public void A_workbook_that_is_not_a_zip() =>
        Refused(FollowUpSheetImporter.Import(Encoding.UTF8.GetBytes("Datum;Värde\n2024-03-01;1\n"), "uppfoljning.xlsx", Agreement), ImportCodes.Unreadable);

    [Fact]
    public void A_zip_that_is_not_a_workbook()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hej.txt").Open());
            writer.Write("hej");
        }

        Refused(FollowUpSheetImporter.Import(buffer.ToArray(), "uppfoljning.xlsx", Agreement), ImportCodes.Unreadable);
    }

    [Fact]
    public void A_zip_bomb_is_stopped_by_the_declared_sizes_before_it_is_inflated()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 100; i++)
            {
                stream.Write(zeros);
            }
        }

        var bomb = buffer.ToArray();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = FollowUpSheetImporter.Import(bomb, "uppfoljning.xlsx", Agreement);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Refused(result, ImportCodes.TooMuchContent);
        output.WriteLine($"zip bomb: {bomb.Length} bytes packed, 100 MiB declared; {allocated} bytes allocated");
        Assert.True(allocated < 1024 * 1024, $"{allocated} bytes allocated: the bomb was inflated");
    }

    [Fact]
    public void A_huge_sheet_is_stopped_by_the_character_bound_as_it_is_read()
    {
        // 400 000 cells in 12 MB of sheet XML, under the unpacked-size guard: the cells' cost stops the read.
        var workbook = Workbook(400_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = FollowUpSheetImporter.Import(workbook, "uppfoljning.xlsx", Agreement);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Refused(result, ImportCodes.TooMuchContent);
        output.WriteLine($"huge sheet: {workbook.Length} bytes packed; {allocated / 1024 / 1024} MiB allocated");
        Assert.True(allocated < 400L * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void The_allocation_of_a_sheet_grows_with_its_cells_not_faster()
    {
        // Linear: twice the cells, about twice the allocation (the ratio is printed; a quadratic read would give 4).
        long Allocated(int cells)
        {
            var workbook = Workbook(cells);
            var before = GC.GetAllocatedBytesForCurrentThread();
            _ = FollowUpSheetImporter.Import(workbook, "uppfoljning.xlsx", Agreement);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var half = Allocated(40_000);
        var full = Allocated(80_000);
        output.WriteLine($"40 000 cells: {half / 1024} KiB, 80 000 cells: {full / 1024} KiB, ratio {(double)full / half:0.00}");
        Assert.InRange((double)full / half, 1.5, 2.6);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read() =>
        Refused(FollowUpSheetImporter.Import(new byte[2048], "uppfoljning.csv", Agreement, new ImportOptions { MaxInputBytes = 1024 }), ImportCodes.TooLarge);

    [Fact]
    public void A_CSV_file_over_the_character_bound()
    {
        var csv = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Mål;x;y;z\r\n", 20_000)));
        Refused(FollowUpSheetImporter.Import(csv, "uppfoljning.csv", Agreement, new ImportOptions { MaxCharacters = 100_000 }), ImportCodes.TooMuchContent);
    }

    [Fact]
    public void A_CSV_file_of_separators_is_bounded_by_its_cells()
    {
        var csv = Encoding.UTF8.GetBytes("Mål" + string.Concat(Enumerable.Repeat(";1", 500_000)));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = FollowUpSheetImporter.Import(csv, "uppfoljning.csv", Agreement);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Refused(result, ImportCodes.TooMuchContent);
        Assert.True(allocated < 200L * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void A_CSV_field_whose_quote_never_closes()
    {
        var result = FollowUpSheetImporter.Import(Encoding.UTF8.GetBytes("Uppföljning;Fält / Field;Värde / Value\r\nUppföljning;\"Uppföljningens id / Follow-up id;x\r\n"), "uppfoljning.csv", Agreement);
        Assert.Null(result.FollowUp);
        Assert.Contains(result.Diagnostics, d => d.Diagnostic.Code == ImportCodes.InvalidCell && d.Cell!.Reference == "2:2");
    }

    [Fact]
    public void Another_file_type() =>
        Refused(FollowUpSheetImporter.Import([1, 2, 3], "uppfoljning.ods", Agreement), ImportCodes.UnsupportedType);

    private static void Refused(FollowUpSheetResult result, string code)
    {
        Assert.Null(result.FollowUp);
        var error = Assert.Single(result.Diagnostics, d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, error.Diagnostic.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Diagnostic.Message.Swedish));
        Assert.False(string.IsNullOrWhiteSpace(error.Diagnostic.Message.English));
    }

    /// <summary>A workbook of one sheet "Mål" with <paramref name="cells"/> numeric cells, ten to a row, written as a stream.</summary>
    private static byte[] Workbook(int cells)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var part = workbookPart.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                for (var r = 0; r < cells / 10; r++)
                {
                    writer.WriteStartElement(new Row());
                    for (var c = 0; c < 10; c++)
                    {
                        writer.WriteElement(new Cell { CellValue = new CellValue(r + c) });
                    }

                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = 1, Name = "Mål" }));
        }

        return stream.ToArray();
    }
}
