using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace Medborgarlofte.Rendering;

/// <summary>
/// Writes one self-contained HTML file: inline style sheet (mobile first, print), no scripts, nothing
/// loaded from elsewhere (a Content-Security-Policy says so to the browser too), every text escaped.
/// </summary>
internal sealed class HtmlDocumentWriter : DocumentWriter
{
    /// <summary>The style sheet: one readable column on a phone, wider screens get margins, paper gets print typography.</summary>
    internal const string StyleSheet = """
        :root { color-scheme: light; }
        *, *::before, *::after { box-sizing: border-box; }
        body { margin: 0; background: #fff; color: #1b1b1b; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 1.0625rem; line-height: 1.6; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        main { max-width: 42rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
        h1 { font-size: 1.75rem; line-height: 1.25; margin: 1rem 0 .5rem; }
        h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.25rem 0 .5rem; padding-bottom: .2rem; border-bottom: 1px solid #c8c8c8; }
        h3 { font-size: 1.15rem; line-height: 1.3; margin: 1.5rem 0 .4rem; }
        h4 { font-size: 1rem; margin: 0 0 .25rem; }
        p, ul, dl { margin: 0 0 .8rem; }
        ul { padding-left: 1.25rem; }
        li { margin-bottom: .35rem; }
        a { color: #0b57a4; overflow-wrap: anywhere; }
        header .parties, header .reference, header .revision { margin: .2rem 0; color: #333; }
        header .status { display: inline-block; margin: .5rem 0; padding: .15rem .5rem; border: 1px solid #8a5a00; color: #6b4500; }
        .commitment-list > li { margin-bottom: 1.25rem; }
        .commitment-list > li.numbered { list-style: none; margin-left: -1.25rem; }
        .number { font-weight: 700; margin-right: .35rem; }
        dl.fields { margin: .35rem 0 0; padding-left: .75rem; border-left: 3px solid #d9d9d9; }
        dl.fields div { margin: 0 0 .2rem; }
        dl.fields dt { display: inline; font-weight: 600; }
        dl.fields dt::after { content: ": "; }
        dl.fields dd { display: inline; margin: 0; }
        dl.fields dd ul { display: block; margin: .1rem 0 0; }
        .fallback-marker { font-style: italic; color: #5a5a5a; font-size: .9em; }
        ul.signatures { list-style: none; padding: 0; display: grid; grid-template-columns: 1fr; gap: 1.75rem; }
        ul.signatures > li { break-inside: avoid; min-width: 0; overflow-wrap: normal; word-break: normal; hyphens: manual; }
        .blank { display: inline-block; width: 14rem; max-width: 100%; height: 1.2em; border-bottom: 1px solid #1b1b1b; }
        @media (min-width: 40rem) { main { padding: 2rem 1.5rem 4rem; } h1 { font-size: 2.1rem; } ul.signatures { grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); } }
        @media print {
          @page { margin: 2cm; }
          body { font-size: 11pt; line-height: 1.45; color: #000; }
          main { max-width: none; padding: 0; }
          h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          h2 { border-bottom-color: #000; }
          li, dl.fields, p { break-inside: avoid; page-break-inside: avoid; orphans: 3; widows: 3; }
          a { color: #000; text-decoration: none; }
          a[href]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
          ul.signatures { grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); break-before: auto; }
          .blank { border-bottom-color: #000; }
        }
        """;

    private readonly TextWriter _output;
    private readonly string _marker;

    internal HtmlDocumentWriter(TextWriter output, string fallbackMarker)
    {
        _output = output;
        _marker = fallbackMarker;
    }

    internal override void StartDocument(string language, string title)
    {
        _output.Write("<!DOCTYPE html>\n<html lang=\"");
        HtmlEscaper.Write(_output, language);
        _output.Write("\">\n<head>\n"
            + "<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
            + "<title>");
        HtmlEscaper.Write(_output, title.Replace('\n', ' '));
        _output.Write("</title>\n<style>\n" + StyleSheet + "\n</style>\n</head>\n<body>\n<main>\n<article>\n");
    }

    internal override void EndDocument() => _output.Write("</article>\n</main>\n</body>\n</html>\n");

    internal override void StartHeader() => _output.Write("<header>\n");

    internal override void EndHeader() => _output.Write("</header>\n");

    internal override void StartSection(string className)
    {
        _output.Write("<section class=\"");
        HtmlEscaper.Write(_output, className);
        _output.Write("\">\n");
    }

    internal override void EndSection() => _output.Write("</section>\n");

    internal override void Heading(int level, IReadOnlyList<Run> content, string? id = null)
    {
        var tag = "h" + level.ToString(CultureInfo.InvariantCulture);
        _output.Write('<');
        _output.Write(tag);
        Attribute("id", id);
        _output.Write('>');
        Inline(content);
        _output.Write("</");
        _output.Write(tag);
        _output.Write(">\n");
    }

    internal override void Paragraph(IReadOnlyList<Run> content, string? className = null)
    {
        _output.Write("<p");
        Attribute("class", className);
        _output.Write('>');
        Inline(content);
        _output.Write("</p>\n");
    }

    internal override void Lines(IReadOnlyList<IReadOnlyList<Run>> lines, string? className = null)
    {
        _output.Write("<p");
        Attribute("class", className);
        _output.Write('>');
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                _output.Write("<br>\n");
            }

            Inline(lines[i]);
        }

        _output.Write("</p>\n");
    }

    internal override void Text(string text, string? language, bool marked)
    {
        if (marked)
        {
            _output.Write("<p class=\"fallback-marker\">");
            HtmlEscaper.WriteText(_output, _marker);
            _output.Write("</p>\n");
        }

        if (language is not null)
        {
            _output.Write("<div lang=\"");
            HtmlEscaper.Write(_output, language);
            _output.Write("\">\n");
        }

        foreach (var block in TextBlock.Parse(text))
        {
            if (block.IsList)
            {
                _output.Write("<ul>\n");
                for (var i = 0; i < block.Lines.Count; i++)
                {
                    _output.Write("<li>");
                    HtmlEscaper.WriteText(_output, block.Lines[i]);
                    _output.Write("</li>\n");
                }

                _output.Write("</ul>\n");
            }
            else
            {
                _output.Write("<p>");
                for (var i = 0; i < block.Lines.Count; i++)
                {
                    if (i > 0)
                    {
                        _output.Write('\n');
                    }

                    HtmlEscaper.WriteText(_output, block.Lines[i]);
                }

                _output.Write("</p>\n");
            }
        }

        if (language is not null)
        {
            _output.Write("</div>\n");
        }
    }

    internal override void StartList(string? className = null)
    {
        _output.Write("<ul");
        Attribute("class", className);
        _output.Write(">\n");
    }

    internal override void EndList() => _output.Write("</ul>\n");

    internal override void StartItem(string? className = null, string? id = null)
    {
        _output.Write("<li");
        Attribute("class", className);
        Attribute("id", id);
        _output.Write(">\n");
    }

    internal override void EndItem() => _output.Write("</li>\n");

    internal override void ListItem(IReadOnlyList<Run> content)
    {
        _output.Write("<li>");
        Inline(content);
        _output.Write("</li>\n");
    }

    internal override void ItemTitle(int level, IReadOnlyList<Run> content) => Heading(level, content);

    internal override void Fields(IReadOnlyList<KeyValuePair<string, IReadOnlyList<IReadOnlyList<Run>>>> fields)
    {
        _output.Write("<dl class=\"fields\">\n");
        for (var f = 0; f < fields.Count; f++)
        {
            var field = fields[f];
            _output.Write("<div><dt>");
            HtmlEscaper.WriteText(_output, field.Key);
            _output.Write("</dt><dd>");
            if (field.Value.Count == 1)
            {
                Inline(field.Value[0]);
            }
            else
            {
                _output.Write("<ul>");
                for (var v = 0; v < field.Value.Count; v++)
                {
                    _output.Write("<li>");
                    Inline(field.Value[v]);
                    _output.Write("</li>");
                }

                _output.Write("</ul>");
            }

            _output.Write("</dd></div>\n");
        }

        _output.Write("</dl>\n");
    }

    private void Attribute(string name, string? value)
    {
        if (value is not null)
        {
            _output.Write(' ');
            _output.Write(name);
            _output.Write("=\"");
            HtmlEscaper.Write(_output, value);
            _output.Write('"');
        }
    }

    private void Inline(IReadOnlyList<Run> runs)
    {
        // Indexed, not foreach: an interface's enumerator is an object, made for every list of every item.
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (run.Blank)
            {
                _output.Write("<span class=\"blank\"></span>");
                continue;
            }

            var link = LinkTargets.IsAllowed(run.Href);
            if (link)
            {
                _output.Write("<a href=\"");
                HtmlEscaper.Write(_output, run.Href!);
                _output.Write("\">");
            }

            if (run.Strong)
            {
                _output.Write("<strong>");
            }

            if (run.Language is not null)
            {
                _output.Write("<span lang=\"");
                HtmlEscaper.Write(_output, run.Language);
                _output.Write("\">");
            }

            HtmlEscaper.WriteText(_output, run.Text);
            if (run.Language is not null)
            {
                _output.Write("</span>");
            }

            if (run.Strong)
            {
                _output.Write("</strong>");
            }

            if (link)
            {
                _output.Write("</a>");
            }

            if (run.Marked)
            {
                _output.Write(" <span class=\"fallback-marker\">");
                HtmlEscaper.WriteText(_output, _marker);
                _output.Write("</span>");
            }
        }
    }
}
