using System.Collections.Generic;
using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary>
/// One compiled keyword of a schema object. Each keyword of the specification has its own sealed subclass
/// (as in json-everything): the compiler builds it once, <see cref="Evaluate"/> runs it many times.
/// </summary>
/// <remarks>
/// Contract of <see cref="Evaluate"/>: it never throws; it returns whether the instance passes; when
/// <see cref="EvaluationContext.CollectErrors"/> is set it reports every failure it finds (at least one when it
/// returns false), otherwise it may stop at the first one. <c>evaluated</c> is non-null only when a schema
/// above at the same instance uses an unevaluated keyword; keywords that evaluate children mark them there.
/// </remarks>
internal abstract class KeywordHandler
{
    protected KeywordHandler(SchemaNode owner, string keyword)
    {
        Owner = owner;
        Keyword = keyword;
    }

    /// <summary>The schema object this keyword belongs to.</summary>
    public SchemaNode Owner { get; }

    /// <summary>The keyword's name, e.g. "required".</summary>
    public string Keyword { get; }

    /// <summary>The kinds of instance this keyword applies to.</summary>
    public abstract InstanceKinds AppliesTo { get; }

    /// <summary>Evaluation order within a schema object; lower runs first (cheap assertions before applicators,
    /// unevaluated keywords last because they read what the others marked).</summary>
    public virtual int Order => 50;

    /// <summary>
    /// True when the keyword passes every instance of this kind, whatever its value; the schema object then
    /// leaves it out of that kind's handler list (e.g. <c>"type": "string"</c> for strings).
    /// </summary>
    public virtual bool AlwaysPasses(JsonValueKind kind) => false;

    /// <summary>Evaluates the keyword against an instance.</summary>
    public abstract bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated);

    /// <summary>Adds the subschemas applied to the same instance (used to refuse infinite <c>$ref</c> loops).</summary>
    public virtual void AddInPlaceSubschemas(List<SchemaNode> into)
    {
    }

    /// <summary>Reports an error at the current instance location for this keyword.</summary>
    protected void Report(EvaluationContext context, SchemaMessage message) => context.Report(Owner, Keyword, message);
}
