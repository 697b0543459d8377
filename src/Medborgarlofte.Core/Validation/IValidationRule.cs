
namespace Medborgarlofte.Validation;

/// <summary>
/// One validation rule (valideringsregel): a stable code and a check of an agreement that has been
/// read without errors. Built-in rules are listed in <see cref="ValidationRules.BuiltIn"/>; a
/// municipality adds its own through <see cref="ValidationOptions.AdditionalRules"/>.
/// </summary>
/// <remarks>
/// A rule reports through <see cref="ValidationContext.Report(string, string, string)"/>
/// and should never throw; when it does, the exception becomes an <c>ML9999</c> diagnostic and
/// validation goes on with the next rule. Give your own rules codes of your own (e.g. <c>KOM1001</c>),
/// not <c>ML</c> codes.
/// </remarks>
public interface IValidationRule
{
    /// <summary>Gets the rule's code, default severity, title and description.</summary>
    DiagnosticDescriptor Descriptor { get; }

    /// <summary>Checks the agreement in <paramref name="context"/> and reports what it finds there.</summary>
    /// <param name="context">The agreement, its look-ups and the report.</param>
    void Check(ValidationContext context);
}
