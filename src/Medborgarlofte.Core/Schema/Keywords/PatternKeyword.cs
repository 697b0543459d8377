using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>pattern</c>: the string must match the ECMA-262 regular expression (anywhere, not anchored).
/// A match that times out is reported as an error, never thrown (see <see cref="EcmaRegex"/>).</summary>
internal sealed class PatternKeyword : KeywordHandler
{
    private readonly EcmaRegex _regex;
    private readonly SchemaMessage _message;

    /// <summary>The compiled pattern. Read by the schema code generator.</summary>
    internal EcmaRegex Regex => _regex;

    public PatternKeyword(SchemaNode owner, EcmaRegex regex)
        : base(owner, "pattern")
    {
        _regex = regex;
        _message = SchemaMessages.Pattern(regex.Pattern);
    }

    public override InstanceKinds AppliesTo => InstanceKinds.String;

    public override int Order => 40;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var outcome = _regex.MatchRaw(instance.Raw);
        if (outcome == RegexOutcome.Match)
        {
            return true;
        }

        if (context.CollectErrors)
        {
            Report(context, outcome == RegexOutcome.TimedOut ? SchemaMessages.PatternTimedOut(_regex.Pattern) : _message);
        }

        return false;
    }
}
