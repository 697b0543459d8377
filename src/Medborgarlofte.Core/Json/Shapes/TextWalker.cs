using System;
using Medborgarlofte.Json;
using Medborgarlofte.Json.Shapes;

namespace Medborgarlofte.Json.Shapes;

/// <summary>
/// Visits every human text (<see cref="LocalizedText"/>) of an agreement with the path to it, in canonical order;
/// which properties hold texts follows from the model's declarations (<see cref="Agreement.Shape"/>). The path
/// becomes a pointer string only when the visitor asks for one.
/// </summary>
internal sealed class TextWalker
{
    private readonly JsonPointer.Path _path = new();
    private readonly Action<LocalizedText, TextWalker> _visit;
    private IJsonShape? _owner;

    private TextWalker(Action<LocalizedText, TextWalker> visit)
    {
        _visit = visit;
    }

    /// <summary>Gets the pointer of the text being visited.</summary>
    internal string Pointer => _path.ToPointer();

    /// <summary>Gets the pointer of one language of the text being visited.</summary>
    internal string PointerTo(string language) => _path.ToPointer(language);

    /// <summary>Gets a value indicating whether the text being visited is a commitment's own text.</summary>
    internal bool IsCommitmentText { get; private set; }

    /// <summary>Gets the index of the commitment whose texts are being visited.</summary>
    internal int CommitmentIndex { get; private set; }

    internal static void Walk(Agreement agreement, Action<LocalizedText, TextWalker> visit)
    {
        var walker = new TextWalker(visit) { _owner = Agreement.Shape };
        Agreement.Shape.Walk(walker, agreement);
    }

    internal void Text(string name, LocalizedText? text)
    {
        if (text is null)
        {
            return;
        }

        // The text rules treat a commitment's own text apart (it is quoted verbatim).
        IsCommitmentText = ReferenceEquals(_owner, Commitment.Shape) && name == "text";
        _path.Push(name);
        _visit(text, this);
        _path.Pop();
        IsCommitmentText = false;
    }

    internal void Texts(string name, EquatableArray<LocalizedText> texts)
    {
        if (texts.IsEmpty)
        {
            return;
        }

        _path.Push(name);
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] is { } text)
            {
                _path.Push(i);
                _visit(text, this);
                _path.Pop();
            }
        }

        _path.Pop();
    }

    internal void Object<T>(string name, T? value, JsonShape<T> shape)
        where T : class
    {
        if (value is null)
        {
            return;
        }

        _path.Push(name);
        Enter(value, shape);
        _path.Pop();
    }

    internal void Items<T>(string name, EquatableArray<T> items, JsonShape<T> shape)
        where T : class
    {
        if (items.IsEmpty)
        {
            return;
        }

        _path.Push(name);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item)
            {
                _path.Push(i);
                if (ReferenceEquals(shape, Commitment.Shape))
                {
                    CommitmentIndex = i;
                }

                Enter(item, shape);
                _path.Pop();
            }
        }

        _path.Pop();
    }

    private void Enter<T>(T value, JsonShape<T> shape)
        where T : class
    {
        var outer = _owner;
        _owner = shape;
        shape.Walk(this, value);
        _owner = outer;
    }
}
