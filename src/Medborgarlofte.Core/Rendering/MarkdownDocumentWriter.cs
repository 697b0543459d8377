using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Medborgarlofte.Rendering;

/// <summary>Writes CommonMark: ATX headings, paragraphs, <c>- </c> lists, fields as lines with hard breaks.</summary>
internal sealed class MarkdownDocumentWriter : DocumentWriter
{
    private const string SignatureBlank = @"\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_\_";

    private readonly TextWriter _output;
    private readonly Stack<string> _indents = new();
    private readonly string _marker;
    private string _indent = string.Empty;
    private string? _pendingItemPrefix;
    private bool _blankLineBefore;
    private bool _lastWasListItem;

    internal MarkdownDocumentWriter(TextWriter output, string fallbackMarker)
    {
        _output = output;
        _marker = fallbackMarker;
    }

    internal override void StartDocument(string language, string title)
    {
    }

    internal override void EndDocument()
    {
    }

    internal override void StartHeader()
    {
    }

    internal override void EndHeader()
    {
    }

    internal override void StartSection(string className)
    {
    }

    internal override void EndSection()
    {
    }

    internal override void Heading(int level, IReadOnlyList<Run> content, string? id = null)
    {
        var text = Inline(content, atLineStart: false).Replace('\n', ' ');
        Block([new string('#', level) + " " + text]);
    }

    internal override void Paragraph(IReadOnlyList<Run> content, string? className = null) => Block([Inline(content, atLineStart: true)]);

    internal override void Lines(IReadOnlyList<IReadOnlyList<Run>> lines, string? className = null)
    {
        var output = new List<string>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Inline(lines[i], atLineStart: true);
            output.Add(i < lines.Count - 1 ? line + "\\" : line);
        }

        Block(output);
    }

    internal override void Text(string text, string? language, bool marked)
    {
        if (marked)
        {
            Block(["*" + MarkdownEscaper.Escape(_marker, atLineStart: true) + "*"]);
        }

        foreach (var block in TextBlock.Parse(text))
        {
            var lines = new List<string>(block.Lines.Count);
            foreach (var line in block.Lines)
            {
                lines.Add(block.IsList ? "- " + MarkdownEscaper.Escape(line, atLineStart: true) : MarkdownEscaper.Escape(line, atLineStart: true));
            }

            Block(lines);
        }
    }

    internal override void StartList(string? className = null) => _lastWasListItem = false;

    internal override void EndList()
    {
    }

    internal override void StartItem(string? className = null, string? id = null)
    {
        _indents.Push(_indent);
        _pendingItemPrefix = _indent + "- ";
        _indent += "  ";
    }

    internal override void EndItem()
    {
        if (_pendingItemPrefix is not null)
        {
            Block([string.Empty]);
        }

        _indent = _indents.Pop();
    }

    internal override void ListItem(IReadOnlyList<Run> content)
    {
        // Items of one line make a tight list: no blank line between them.
        if (_lastWasListItem)
        {
            _blankLineBefore = false;
        }

        StartItem();
        Paragraph(content);
        EndItem();
        _lastWasListItem = true;
    }

    internal override void ItemTitle(int level, IReadOnlyList<Run> content)
    {
        var strong = new List<Run>(content.Count);
        foreach (var run in content)
        {
            strong.Add(run with { Strong = run.Text.Trim().Length > 0 });
        }

        Paragraph(strong);
    }

    internal override void Fields(IReadOnlyList<KeyValuePair<string, IReadOnlyList<IReadOnlyList<Run>>>> fields)
    {
        var lines = new List<IReadOnlyList<Run>>(fields.Count);
        foreach (var field in fields)
        {
            var line = new List<Run> { new(field.Key + ":", Strong: true), new(" ") };
            for (var i = 0; i < field.Value.Count; i++)
            {
                if (i > 0)
                {
                    line.Add(new("; "));
                }

                line.AddRange(field.Value[i]);
            }

            lines.Add(line);
        }

        Lines(lines);
    }

    private string Inline(IReadOnlyList<Run> runs, bool atLineStart)
    {
        var builder = new StringBuilder();
        foreach (var run in runs)
        {
            var lineStart = builder.Length == 0 ? atLineStart : builder[^1] == '\n';
            string text;
            if (run.Blank)
            {
                text = SignatureBlank;
            }
            else
            {
                text = MarkdownEscaper.Escape(run.Text, lineStart);
                if (run.Strong && text.Trim().Length > 0)
                {
                    // Emphasis must not start or end with a space: keep the spaces outside.
                    var core = text.Trim();
                    var leading = text[..(text.Length - text.TrimStart().Length)];
                    var trailing = text[(leading.Length + core.Length)..];
                    text = leading + "**" + core + "**" + trailing;
                }

                if (LinkTargets.IsAllowed(run.Href))
                {
                    text = "[" + text + "](<" + MarkdownEscaper.Destination(run.Href) + ">)";
                }
            }

            builder.Append(text);
            if (run.Marked)
            {
                builder.Append(" *").Append(MarkdownEscaper.Escape(_marker, atLineStart: false)).Append('*');
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes one block: its first line after the pending list marker, the rest indented, a blank line before it.</summary>
    private void Block(IReadOnlyList<string> lines)
    {
        if (_blankLineBefore)
        {
            _output.Write('\n');
        }

        var first = true;
        foreach (var block in lines)
        {
            foreach (var line in block.Split('\n'))
            {
                if (first && _pendingItemPrefix is not null)
                {
                    _output.Write(_pendingItemPrefix);
                    _pendingItemPrefix = null;
                }
                else if (line.Length > 0)
                {
                    _output.Write(_indent);
                }

                _output.Write(line);
                _output.Write('\n');
                first = false;
            }
        }

        _blankLineBefore = true;
        _lastWasListItem = false;
    }
}
