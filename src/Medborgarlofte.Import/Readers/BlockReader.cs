using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using Medborgarlofte.Import.Blocks;

namespace Medborgarlofte.Import.Readers;

/// <summary>
/// Reads a published document (.txt, .md, .html, .docx, .pdf) into one neutral sequence of blocks. Never throws for
/// bad input: a file too large (checked before parsing), not what its extension says, encrypted, without text or not
/// in Swedish gets a diagnostic (MI0xxx) and no blocks.
/// </summary>
public static class BlockReader
{
    /// <summary>The file types read, by extension.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"];

    /// <summary>Reads a file, checking its size before reading it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The bounds; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The blocks, or the diagnostic that says why there are none.</returns>
    public static BlockReadResult ReadFile(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        return ReadBounded(path, options, out var length) is { } content
            ? Read(content, Path.GetFileName(path), options)
            : TooLarge(length, options);
    }

    /// <summary>A file's bytes, or <see langword="null"/> when it is past <see cref="ImportOptions.MaxInputBytes"/> (by its size before reading, or by what was read).</summary>
    internal static byte[]? ReadBounded(string path, ImportOptions options, out long length)
    {
        length = new FileInfo(path).Length;
        if (length > options.MaxInputBytes)
        {
            return null;
        }

        // A device or a pipe has no length (/dev/zero says 0): read at most one byte past the limit, never to the end.
        var content = ReadAtMost(path, options.MaxInputBytes + 1);
        length = content.LongLength;
        return length > options.MaxInputBytes ? null : content;
    }

    private static byte[] ReadAtMost(string path, long count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < count)
        {
            var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, count - buffer.Length));
            if (read == 0)
            {
                break;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a document's bytes; the file name's extension says which reader.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The file's name (its extension chooses the reader).</param>
    /// <param name="options">The bounds; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The blocks, or the diagnostic that says why there are none.</returns>
    public static BlockReadResult Read(byte[] content, string fileName, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= ImportOptions.Default;
        if (content.LongLength > options.MaxInputBytes)
        {
            return TooLarge(content.LongLength, options);
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        List<Block> blocks;
        try
        {
            switch (extension)
            {
                case ".txt" or ".md" or ".markdown":
                    blocks = TextBlockReader.Read(Decode(content, options));
                    break;
                case ".html" or ".htm":
                    blocks = HtmlBlockReader.Read(Decode(content, options));
                    break;
                case ".docx":
                    if (!LooksLikeZip(content))
                    {
                        return Fail(ImportCodes.Unreadable,
                            "Filen är inte ett Word-dokument (.docx är ett zip-arkiv, och det här är inte ett).",
                            "The file is not a Word document (a .docx is a zip archive, and this is not one).");
                    }

                    using (var stream = new MemoryStream(content, writable: false))
                    {
                        CheckUnpackedSize(stream, options);
                        stream.Position = 0;
                        blocks = DocxBlockReader.Read(stream);
                    }

                    break;
                case ".pdf":
                    if (!StartsWith(content, "%PDF-"u8))
                    {
                        return Fail(ImportCodes.Unreadable, "Filen är inte en PDF (den börjar inte med %PDF-).", "The file is not a PDF (it does not start with %PDF-).");
                    }

                    blocks = PdfBlockReader.Read(content, options, out _);
                    break;
                default:
                    return Fail(ImportCodes.UnsupportedType,
                        $"Filtypen '{extension}' läses inte; importen läser .txt, .md, .html, .docx och .pdf.",
                        $"The file type '{extension}' is not read; import reads .txt, .md, .html, .docx and .pdf.");
            }
        }
        catch (Exception e) when (Refusal(e, extension, options) is { } refused)
        {
            return refused;
        }

        var characters = 0L;
        foreach (var block in blocks)
        {
            characters += block.Text.Length;
        }

        if (characters > options.MaxCharacters)
        {
            return Fail(ImportCodes.TooMuchContent,
                $"Dokumentet har fler än {options.MaxCharacters} tecken text.", $"The document has more than {options.MaxCharacters} characters of text.");
        }

        if (blocks.Count == 0)
        {
            return Fail(ImportCodes.NoText, "Dokumentet har ingen text (en inskannad PDF behöver läsas med OCR först).",
                "The document has no text (a scanned PDF needs OCR first).");
        }

        if (SwedishText.IsOtherLanguage(blocks))
        {
            return Fail(ImportCodes.NotSwedish, "Texten är inte på svenska; importen läser svenska medborgarlöften.",
                "The text is not in Swedish; import reads Swedish agreements.");
        }

        return new BlockReadResult(blocks, []);
    }

    /// <summary>What a reader's exception says about the file: past a bound after unpacking (MI0007), encrypted (MI0003), damaged (MI0002); <see langword="null"/> when the process, not the file, failed.</summary>
    internal static BlockReadResult? Refusal(Exception e, string extension, ImportOptions options) => e switch
    {
        ImportBoundException => Fail(ImportCodes.TooMuchContent,
            $"Dokumentet är för stort när det packats upp (mer än {options.MaxCharacters} tecken eller {options.MaxPages} sidor).",
            $"The document is too large once unpacked (more than {options.MaxCharacters} characters or {options.MaxPages} pages)."),
        _ when e.GetType().Name == "PdfDocumentEncryptedException" =>
            Fail(ImportCodes.Encrypted, "PDF-filen är krypterad; spara den utan lösenord och importera igen.", "The PDF is encrypted; save it without a password and import again."),
        OutOfMemoryException or StackOverflowException => null,

        // A reader of a third-party format may throw anything for a damaged file; the message names the kind only.
        _ => Fail(ImportCodes.Unreadable,
            $"Filen kunde inte läsas som {extension}: den är skadad eller inte av den typen ({e.GetType().Name}).",
            $"The file could not be read as {extension}: it is damaged or not of that type ({e.GetType().Name})."),
    };

    internal static Diagnostic Error(string code, string swedish, string english) =>
        new(code, DiagnosticSeverity.Error, string.Empty, new LocalizedText(swedish, english));

    internal static BlockReadResult Fail(string code, string swedish, string english) => new([], [Error(code, swedish, english)]);

    internal static BlockReadResult TooLarge(long length, ImportOptions options) => Fail(ImportCodes.TooLarge,
        $"Filen är {length} byte, mer än gränsen {options.MaxInputBytes} byte; inget lästes.",
        $"The file is {length} bytes, more than the limit of {options.MaxInputBytes} bytes; nothing was read.");

    internal static string Decode(byte[] content, ImportOptions options)
    {
        try
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            var text = strict.GetString(content);
            return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        }
        catch (DecoderFallbackException)
        {
            // Older municipal pages and text exports are Latin-1 / Windows-1252.
            return Encoding.Latin1.GetString(content);
        }
    }

    internal static bool LooksLikeZip(byte[] content) => StartsWith(content, "PK\u0003\u0004"u8);

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> prefix) => content.AsSpan().StartsWith(prefix);

    // A zip bomb is stopped before Open XML inflates it: the entries' declared sizes must stay under the bound.
    internal static void CheckUnpackedSize(Stream stream, ImportOptions options)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (total > options.MaxCharacters * 8L)
            {
                throw new ImportBoundException();
            }
        }
    }
}
