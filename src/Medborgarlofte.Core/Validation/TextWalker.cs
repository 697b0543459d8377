using System;
using Medborgarlofte.Collections;
using Medborgarlofte.Json;
using Medborgarlofte.Model;
using Medborgarlofte.Text;

namespace Medborgarlofte.Validation;

/// <summary>
/// Visits every human text (<see cref="LocalizedText"/>) of an agreement with the path to it; the
/// path becomes a pointer string only when the visitor asks for one.
/// </summary>
internal sealed class TextWalker
{
    private readonly PointerPath _path = new();
    private readonly Action<LocalizedText, TextWalker> _visit;

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

    internal static void Walk(Agreement agreement, Action<LocalizedText, TextWalker> visit) => new TextWalker(visit).Agreement(agreement);

    private void Agreement(Agreement a)
    {
        Text("title", a.Title);
        Text("introduction", a.Introduction);
        Text("purpose", a.Purpose);
        if (a.Validity is { } validity)
        {
            Enter("validity");
            Text("wording", validity.Wording);
            Leave();
        }

        if (a.Revision is { } revision)
        {
            Enter("revision");
            Text("changes", revision.Changes);
            Text("clause", revision.Clause);
            Leave();
        }

        Items("parties", a.Parties, static (w, p) => w.Text("name", p.Name));
        if (a.SituationPicture is { } picture)
        {
            Enter("situationPicture");
            Text("summary", picture.Summary);
            Items("sources", picture.Sources, static (w, s) => w.Text("description", s.Description));
            Items("findings", picture.Findings, static (w, f) => w.Text("text", f.Text));
            Leave();
        }

        Items("priorityAreas", a.PriorityAreas, static (w, p) =>
        {
            w.Text("title", p.Title);
            w.Text("background", p.Background);
        });
        Items("commitments", a.Commitments, static (w, c) => w.Commitment(c));
        Items("goals", a.Goals, static (w, g) =>
        {
            w.Text("title", g.Title);
            w.Text("effect", g.Effect);
            w.Text("followUp", g.FollowUp);
            if (g.Indicator is { } indicator)
            {
                w.Enter("indicator");
                w.Text("name", indicator.Name);
                w.Text("unit", indicator.Unit);
                w.Leave();
            }
        });
        if (a.FollowUpPlan is { } plan)
        {
            Enter("followUpPlan");
            Text("description", plan.Description);
            Items("reports", plan.Reports, static (w, r) =>
            {
                w.Text("forum", r.Forum);
                w.Text("deliverable", r.Deliverable);
            });
            Leave();
        }

        if (a.Communication is { } communication)
        {
            Enter("communication");
            Text("description", communication.Description);
            Items("channels", communication.Channels, static (w, c) => w.Text("name", c.Name));
            Leave();
        }

        if (a.Governance is { } governance)
        {
            Enter("governance");
            Text("description", governance.Description);
            Items("bodies", governance.Bodies, static (w, b) =>
            {
                w.Text("name", b.Name);
                w.Text("description", b.Description);
            });
            Texts("collaborationAreas", governance.CollaborationAreas);
            Leave();
        }

        Items("contacts", a.Contacts, static (w, c) => w.Text("role", c.Role));
        Items("signatures", a.Signatures, static (w, s) => w.Text("title", s.Title));
        Items("additionalSections", a.AdditionalSections, static (w, s) =>
        {
            w.Text("heading", s.Heading);
            w.Text("text", s.Text);
        });
        Items("attachments", a.Attachments, static (w, l) => w.Text("title", l.Title));
    }

    private void Commitment(Commitment c)
    {
        CommitmentIndex = _path.InnermostIndex; // Items has just pushed this commitment's index
        Text("title", c.Title);
        IsCommitmentText = true;
        Text("text", c.Text);
        IsCommitmentText = false;
        Texts("responsibleDepartments", c.ResponsibleDepartments);
        Text("purpose", c.Purpose);
        Text("condition", c.Condition);
        Texts("places", c.Places);
        Texts("targetGroups", c.TargetGroups);
        Items("targets", c.Targets, static (w, t) =>
        {
            w.Text("unit", t.Unit);
            w.Text("text", t.Text);
        });
    }

    private void Enter(string name) => _path.Push(name);

    private void Leave() => _path.Pop();

    private void Text(string name, LocalizedText? text)
    {
        if (text is null)
        {
            return;
        }

        _path.Push(name);
        _visit(text, this);
        _path.Pop();
    }

    private void Texts(string name, EquatableArray<LocalizedText> texts)
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

    private void Items<T>(string name, EquatableArray<T> items, Action<TextWalker, T> visit)
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
                visit(this, item);
                _path.Pop();
            }
        }

        _path.Pop();
    }
}
