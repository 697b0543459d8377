// A consumer of the Medborgarlofte.Core package: reads each agreement given, prints its
// commitments and targets, and evaluates a follow-up when one is given with --follow-up.
using Medborgarlofte.FollowUp;
using Medborgarlofte.FollowUp.Evaluation;
using Medborgarlofte.Json;

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

    var result = AgreementJson.Read(File.ReadAllBytes(args[i]));
    if (!result.Success)
    {
        foreach (var d in result.Diagnostics)
        {
            Console.WriteLine($"{args[i]}: {d.Code} {d.Pointer}: {d.Message.Swedish}");
        }

        exit = 1;
        continue;
    }

    var read = result.Value;
    var targets = read.Commitments.Sum(c => c.Targets.Count);
    Console.WriteLine($"{read.Id}: {read.Title.Swedish} — {read.Commitments.Count} löften, {targets} mål, round trip {(AgreementJson.Write(read) == File.ReadAllText(args[i]) ? "identical" : "DIFFERENT")}");
}

return exit;
