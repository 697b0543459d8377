using System;
using System.Collections.Generic;

namespace Medborgarlofte.Validation;

/// <summary>The severity each rule code reports with, after the options' overrides; null when the rule is turned off.</summary>
internal sealed class SeverityPolicy
{
    internal static readonly SeverityPolicy Defaults = new(null, null);

    private readonly IReadOnlyDictionary<string, DiagnosticSeverity>? _overrides;
    private readonly HashSet<string>? _disabled;

    internal SeverityPolicy(IReadOnlyDictionary<string, DiagnosticSeverity>? overrides, IReadOnlyCollection<string>? disabled)
    {
        _overrides = overrides is { Count: > 0 } ? overrides : null;
        if (disabled is { Count: > 0 })
        {
            _disabled = new HashSet<string>(disabled, StringComparer.Ordinal);
        }
    }

    internal DiagnosticSeverity? Resolve(DiagnosticDescriptor descriptor)
    {
        if (_disabled is not null && _disabled.Contains(descriptor.Code))
        {
            return null;
        }

        return _overrides is not null && _overrides.TryGetValue(descriptor.Code, out var severity) ? severity : descriptor.DefaultSeverity;
    }
}
