using System.Globalization;
using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML6001: a target's value is greater than zero ("minst 0 trafikkontroller" promises nothing).</summary>
internal sealed class TargetValueRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => ValidationCodes.NonPositiveTargetValue;

    public void Check(ValidationContext context)
    {
        var targets = context.Targets;
        for (var i = 0; i < targets.Count; i++)
        {
            var location = targets[i];
            if (location.Target?.Value is { } value && value <= 0)
            {
                var text = value.ToString(CultureInfo.InvariantCulture);
                context.Report(
                    JsonPointer.Append(location.Pointer, "value"),
                    new LocalizedText($"Målvärdet {text} är inte större än noll; målet lovar ingenting.", $"The target value {text} is not greater than zero; the target promises nothing."),
                    new LocalizedText("Ett mål om att minska något skrivs med atMost och det högsta tillåtna antalet.", "A target to reduce something is written with atMost and the highest number allowed."));
            }
        }
    }
}
