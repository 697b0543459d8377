using System;
using System.IO;
using System.Linq;
using System.Text;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using Xunit;

namespace Medborgarlofte.Tests.Validation;

/// <summary>
/// The text users read is reviewed like the public API: every diagnostic of every fixture and example,
/// with its code, severity, pointer, message and hint in Swedish and English, is listed and compared with
/// <c>Messages.approved.txt</c>. A change to a message fails here until the approved file is updated in the
/// same commit (copy <c>Messages.received.txt</c> over it after reading the diff).
/// </summary>
public sealed class MessageApprovalTests
{
    [Fact]
    public void Every_message_is_the_approved_one()
    {
        var folder = Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Validation");
        var approvedPath = Path.Combine(folder, "Messages.approved.txt");
        var received = ListMessages();
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;

        if (!string.Equals(approved, received, StringComparison.Ordinal))
        {
            File.WriteAllText(Path.Combine(folder, "Messages.received.txt"), received);
        }

        Assert.Equal(approved, received);
    }

    [Fact]
    public void The_listing_covers_every_rule_code()
    {
        var listed = ListMessages();

        Assert.All(DiagnosticCodes.RuleCodes.Where(d => d != DiagnosticCodes.RuleFailed), d => Assert.Contains($" {d.Code} ", listed, StringComparison.Ordinal));
    }

    private static string ListMessages()
    {
        var options = new ValidationOptions { AsOf = RuleFixtures.AsOf };
        var text = new StringBuilder();
        foreach (var (folder, pattern) in new[] { ("rules", "*.json"), ("structural", "*.json") })
        {
            foreach (var path in Files(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", folder), pattern))
            {
                Append(text, $"{folder}/{Path.GetFileName(path)}", AgreementValidator.Validate(File.ReadAllBytes(path), options).Diagnostics);
            }
        }

        foreach (var path in Files(Repository.Examples, "*.json"))
        {
            Append(text, $"examples/{Path.GetFileName(path)}", AgreementValidator.Validate(File.ReadAllBytes(path), options).Diagnostics);
        }

        // The limit fixtures are read with a bound of three diagnostics, so that the last says how many more there were.
        var capped = new ValidationOptions { AsOf = RuleFixtures.AsOf, Limits = new Medborgarlofte.JsonLimits { MaxDiagnostics = 3 } };
        foreach (var path in Files(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "limits"), "*.json"))
        {
            Append(text, $"limits/{Path.GetFileName(path)}", AgreementValidator.Validate(File.ReadAllBytes(path), capped).Diagnostics);
        }

        foreach (var path in Files(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Fixtures", "structural-follow-up"), "*.json"))
        {
            Append(text, $"structural-follow-up/{Path.GetFileName(path)}", FollowUpValidator.Validate(File.ReadAllBytes(path)).Diagnostics);
        }

        return text.ToString();
    }

    private static string[] Files(string folder, string pattern) =>
        [.. Directory.GetFiles(folder, pattern).Where(p => Path.GetFileName(p) != "expectations.json").Order(StringComparer.Ordinal)];

    private static void Append(StringBuilder text, string name, System.Collections.Generic.IEnumerable<Diagnostic> diagnostics)
    {
        text.Append("# ").Append(name).Append('\n');
        foreach (var d in diagnostics)
        {
            text.Append("- ").Append(d.Code).Append(' ').Append(d.Severity).Append(" \"").Append(d.Pointer).Append("\"\n");
            text.Append("  sv: ").Append(d.Message.Swedish).Append('\n');
            text.Append("  en: ").Append(d.Message.English).Append('\n');
            if (d.Hint is { } hint)
            {
                text.Append("  hint sv: ").Append(hint.Swedish).Append('\n');
                text.Append("  hint en: ").Append(hint.English).Append('\n');
            }
        }
    }
}
