using System.Text.Json;

namespace Medborgarlofte.Schema;

/// <summary><c>dependentRequired</c>: when property N is present, the properties listed for N must be too.</summary>
internal sealed class DependentRequiredKeyword : KeywordHandler
{
    private readonly Utf8NameTable _names;
    private readonly Utf8NameTable[] _required;

    public DependentRequiredKeyword(SchemaNode owner, Utf8NameTable names, Utf8NameTable[] required)
        : base(owner, "dependentRequired")
    {
        _names = names;
        _required = required;
    }

    public override InstanceKinds AppliesTo => InstanceKinds.Object;

    public override int Order => 5;

    public override bool Evaluate(in InstanceValue instance, EvaluationContext context, EvaluatedSet? evaluated)
    {
        var valid = true;
        for (var i = 0; i < _required.Length; i++)
        {
            if (!instance.Element.TryGetProperty(_names.Utf8(i), out _))
            {
                continue;
            }

            var required = _required[i];
            for (var k = 0; k < required.Names.Count; k++)
            {
                if (instance.Element.TryGetProperty(required.Utf8(k), out _))
                {
                    continue;
                }

                valid = false;
                if (!context.CollectErrors)
                {
                    return false;
                }

                Report(context, SchemaMessages.DependentRequired(required.Names[k], _names.Names[i]));
            }
        }

        return valid;
    }
}
