using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Medborgarlofte.Import;
using Xunit;

namespace Medborgarlofte.Tests.Import;

/// <summary>
/// What is not an agreement gets one diagnostic with an MI0xxx code, Swedish and English, and no draft: never an
/// exception, and nothing parsed past a bound (the size is read before the content).
/// </summary>
public sealed class BadInputTests
{
    [Fact]
    public void A_200_MB_file_is_refused_by_its_size_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), "medborgarlofte-import-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            using (var file = new FileStream(path, FileMode.CreateNew))
            {
                file.SetLength(200L * 1024 * 1024); // sparse: no 200 MB are written or read
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = AgreementImporter.ImportFile(path);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Refused(result, ImportCodes.TooLarge);
            Assert.True(allocated < 1024 * 1024, $"{allocated} bytes allocated: the file was read");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_device_without_a_length_is_read_to_one_byte_past_the_limit_and_refused()
    {
        var options = new ImportOptions { MaxInputBytes = 64 * 1024 };
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = AgreementImporter.ImportFile("/dev/zero", options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Refused(result, ImportCodes.TooLarge);
        Assert.True(allocated < 2 * 1024 * 1024, $"{allocated} bytes allocated: /dev/zero was read past the limit");
    }

    [Fact]
    public void Bytes_over_the_limit_are_refused_before_parsing() =>
        Refused(AgreementImporter.Import(new byte[1025], "lofte.txt", new ImportOptions { MaxInputBytes = 1024 }), ImportCodes.TooLarge);

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")]
    [InlineData("%PDF-1.4\n\u0000\u0001\u0002 broken stream 0 obj << /Length 999999999 >> stream\nxx")]
    [InlineData("Detta är ingen PDF.")]
    public void A_corrupt_PDF_is_a_diagnostic(string content) =>
        Refused(AgreementImporter.Import(Encoding.Latin1.GetBytes(content), "lofte.pdf"), ImportCodes.Unreadable, ImportCodes.NoText);

    [Fact]
    public void An_encrypted_PDF_is_a_diagnostic()
    {
        // A document whose trailer names an encryption dictionary with a handler no reader has.
        const string pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            + "3 0 obj\n<< /Filter /Standard /V 5 /R 6 /Length 256 /O <00> /U <00> /OE <00> /UE <00> /P -4 /Perms <00> >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R /Encrypt 3 0 R /ID [<01> <01>] /Size 4 >>\n%%EOF";
        Refused(AgreementImporter.Import(Encoding.Latin1.GetBytes(pdf), "lofte.pdf"), ImportCodes.Encrypted, ImportCodes.Unreadable);
    }

    [Fact]
    public void A_docx_that_is_not_a_zip_is_a_diagnostic() =>
        Refused(AgreementImporter.Import(Encoding.UTF8.GetBytes("Medborgarlöfte 2024, sparat som text."), "lofte.docx"), ImportCodes.Unreadable);

    [Fact]
    public void A_zip_that_is_not_a_Word_document_is_a_diagnostic()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hej.txt").Open());
            writer.Write("hej");
        }

        Refused(AgreementImporter.Import(buffer.ToArray(), "lofte.docx"), ImportCodes.Unreadable, ImportCodes.NoText);
    }

    [Fact]
    public void A_zip_bomb_is_stopped_by_the_declared_sizes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 40; i++)
            {
                stream.Write(zeros);
            }
        }

        Refused(AgreementImporter.Import(buffer.ToArray(), "lofte.docx", new ImportOptions { MaxCharacters = 1_000_000 }), ImportCodes.TooMuchContent);
    }

    [Fact]
    public void A_web_page_without_an_agreement_is_a_diagnostic()
    {
        const string html = "<html><body><nav><a href='/'>Start</a></nav><main><h1>Öppettider</h1><p>Biblioteket har öppet måndag till fredag.</p>"
            + "<p>Välkommen in och låna böcker, tidningar och filmer hos oss.</p></main></body></html>";
        Refused(AgreementImporter.Import(Encoding.UTF8.GetBytes(html), "sida.html"), ImportCodes.NoAgreement);
    }

    [Fact]
    public void A_text_in_another_language_is_a_diagnostic()
    {
        var english = string.Join(" ", Enumerable.Repeat("The municipality and the police promise to work together for a safer town where people can live and work.", 5));
        Refused(AgreementImporter.Import(Encoding.UTF8.GetBytes("# Citizen promise\n\n" + english), "promise.md"), ImportCodes.NotSwedish);
    }

    [Theory]
    [InlineData("", "lofte.txt")]
    [InlineData("   \n\n  ", "lofte.md")]
    public void An_empty_document_is_a_diagnostic(string content, string name) =>
        Refused(AgreementImporter.Import(Encoding.UTF8.GetBytes(content), name), ImportCodes.NoText);

    [Fact]
    public void An_unknown_file_type_is_a_diagnostic() =>
        Refused(AgreementImporter.Import([1, 2, 3], "lofte.odt"), ImportCodes.UnsupportedType);

    private static void Refused(ImportResult result, params string[] codes)
    {
        Assert.Null(result.Draft);
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(error.Code, codes);
        Assert.False(string.IsNullOrWhiteSpace(error.Message.Swedish));
        Assert.False(string.IsNullOrWhiteSpace(error.Message.English));
    }
}
