// A consumer of the Medborgarlofte.Core package: validates each agreement given, renders it as
// HTML, checks the round trip, and evaluates a follow-up when one is given with --follow-up.
using Medborgarlofte;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: consumer <agreement.json>… [--follow-up <agreement.json> <followup.json>]");
    return 2;
}

var exit = 0;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--follow-up" && i + 2 < args.Length)
    {
        var agreement = AgreementJson.Read(File.ReadAllBytes(args[i + 1])).GetValueOrThrow();
        var followUp = FollowUpJson.Read(File.ReadAllBytes(args[i + 2])).GetValueOrThrow();
        var evaluation = FollowUpEvaluator.Evaluate(agreement, followUp, followUp.AsOf);
        Console.WriteLine($"{agreement.Id} as of {evaluation.AsOf:yyyy-MM-dd}: {evaluation.State} ({evaluation.Counts.Met} met, {evaluation.Counts.Behind} behind)");
        i += 2;
        continue;
    }

    var report = AgreementValidator.Validate(File.ReadAllBytes(args[i]), new ValidationOptions { AsOf = new NodaTime.LocalDate(2025, 1, 1) });
    if (!report.IsValid || report.Agreement is null)
    {
        foreach (var d in report.Diagnostics)
        {
            Console.WriteLine($"{args[i]}: {d.Code} {d.Pointer}: {d.Message.Swedish}");
        }

        exit = 1;
        continue;
    }

    var read = report.Agreement;
    var targets = read.Commitments.Sum(c => c.Targets.Count);
    var html = HtmlRenderer.Render(read);
    var roundTrip = AgreementJson.Write(read) == File.ReadAllText(args[i]);

    // The same document through JsonSerializer, with the package's converters (no reflection: this runs trimmed).
    var serializerOptions = new System.Text.Json.JsonSerializerOptions().AddMedborgarlofte();
    var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<Medborgarlofte.Agreement>)serializerOptions.GetTypeInfo(typeof(Medborgarlofte.Agreement));
    var deserialized = System.Text.Json.JsonSerializer.Deserialize(File.ReadAllBytes(args[i]), typeInfo);
    roundTrip &= deserialized == read && System.Text.Json.JsonSerializer.Serialize(read, typeInfo) + "\n" == AgreementJson.Write(read);
    Console.WriteLine($"{read.Id}: {read.Title.Swedish} — {read.Commitments.Count} löften, {targets} mål, {report.WarningCount} varningar, HTML {html.Length} tecken, round trip {(roundTrip ? "identical" : "DIFFERENT")}");
    if (!roundTrip || !html.Contains(read.Commitments[0].Text.Swedish.Split('\n')[0][..20], StringComparison.Ordinal))
    {
        exit = 1;
    }
}

return exit;
