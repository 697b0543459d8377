using System.Globalization;
using Medborgarlofte.Json;

namespace Medborgarlofte.Validation.Rules;

/// <summary>ML6002: the comparator <c>exactly</c> with a value that is not whole: a count of 2.5 cannot be met exactly.</summary>
internal sealed class FractionalExactValueRule : IValidationRule
{
    public DiagnosticDescriptor Descriptor => DiagnosticCodes.FractionalExactValue;

    public void Check(ValidationContext context)
    {
        var targets = context.Targets;
        for (var i = 0; i < targets.Count; i++)
        {
            var location = targets[i];
            if (location.Target is { Comparator: Comparator.Exactly, Value: { } value } && value > 0 && decimal.Truncate(value) != value)
            {
                var text = value.ToString(CultureInfo.InvariantCulture);
                context.Report(
                    JsonPointer.Append(location.Pointer, "value"),
                    new LocalizedText($"Exakt {text} går sällan att uppfylla när det som räknas är hela tillfällen.", $"Exactly {text} can rarely be met when whole occasions are counted."),
                    new LocalizedText("Använd atLeast eller atMost, eller ett heltal.", "Use atLeast or atMost, or a whole number."));
            }
        }
    }
}
