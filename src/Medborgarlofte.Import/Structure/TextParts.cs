using System.Collections.Generic;
using System.Text;

namespace Medborgarlofte.Import.Structure;

/// <summary>A text field built from blocks: paragraphs separated by a blank line, list items as "- " lines.</summary>
internal sealed class TextParts
{
    private readonly StringBuilder _text = new();
    private bool _lastWasItem;

    internal bool IsEmpty => _text.Length == 0;

    internal void Paragraph(string text)
    {
        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }

        _text.Append(text);
        _lastWasItem = false;
    }

    internal void Item(string text)
    {
        if (_text.Length > 0)
        {
            _text.Append(_lastWasItem ? "\n" : "\n\n");
        }

        _text.Append("- ").Append(text);
        _lastWasItem = true;
    }

    internal void Add(Blocks.Block block)
    {
        if (block.Kind == Blocks.BlockKind.ListItem)
        {
            Item(block.Number is null ? block.Text : block.Number + " " + block.Text);
        }
        else
        {
            Paragraph(block.Kind == Blocks.BlockKind.TableRow ? string.Join(" | ", block.Cells) : block.Text);
        }
    }

    public override string ToString() => _text.ToString();

    internal static string? Of(TextParts parts) => parts.IsEmpty ? null : parts.ToString();

    internal static List<string> Lines(string text) => [.. text.Split('\n')];
}
