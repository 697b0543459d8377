using System;
using System.Linq;
using FsCheck.Fluent;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Hashing;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;
using Medborgarlofte.Revisions;
using Medborgarlofte.Tests.Generators;
using Medborgarlofte.Tests.Properties;
using Medborgarlofte.Tests.Support;
using Medborgarlofte.Validation;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Integration;

/// <summary>
/// Validating a model gives the verdict its JSON would get; a model no JSON can hold is reported at its pointers,
/// and every other entry point refuses it with an ArgumentException naming the first pointer.
/// </summary>
public sealed class ModelParityTests
{
    private static readonly ValidationOptions AsOf2024 = new() { AsOf = new LocalDate(2024, 6, 1) };

    /// <summary>Damage done in code, each with the pointer of the value it spoils (null: a writable damage).</summary>
    private static readonly (string Name, Func<Agreement, Agreement> Damage)[] Damages =
    [
        // Writable: the JSON says what is wrong, and Validate(model) must say the same.
        ("revision 0", a => a with { Revision = a.Revision with { Number = 0 } }),
        ("empty id", a => a with { Id = string.Empty }),
        ("id with a space", a => a with { Id = "c 1" }),
        ("format 9.0", a => a with { FormatVersion = "9.0" }),
        ("blank title", a => a with { Title = new LocalizedText("  ") }),
        ("bare quantitative target", a => WithTarget(a, t => t with { Kind = TargetKind.Quantitative, Comparator = null, Value = null, Unit = null, Recurrence = null })),
        ("huge value", a => WithTarget(a, t => t with { Value = decimal.MaxValue })),
        ("tiny value", a => WithTarget(a, t => t with { Value = -0.0000000000000000000000000001m })),
        ("null id", a => a with { Id = null! }),
        ("null string in a list", a => WithCommitment(a, c => c with { ResponsibleParties = [null!] })),
        ("no parties", a => a with { Parties = default }),
        ("year 9999", a => a with { Validity = a.Validity with { End = LocalDate.MaxIsoValue } }),

        // Unwritable: reported by the walk.
        ("null title", a => a with { Title = null! }),
        ("null validity", a => a with { Validity = null! }),
        ("null revision", a => a with { Revision = null! }),
        ("null party", a => a with { Parties = [.. a.Parties, null!] }),
        ("null commitment text", a => WithCommitment(a, c => c with { Text = null! })),
        ("null target", a => WithCommitment(a, c => c with { Targets = [null!] })),
        ("null place", a => WithCommitment(a, c => c with { Places = [null!] })),
        ("undefined kind", a => a with { Kind = (AgreementKind)42 }),
        ("undefined status", a => a with { Revision = a.Revision with { Status = (RevisionStatus)(-1) } }),
        ("undefined comparator", a => WithTarget(a, t => t with { Comparator = (Comparator)99 })),
        ("undefined region", a => a with { Parties = [.. a.Parties.Select(p => p with { PoliceUnit = new PoliceUnit { Region = (PoliceRegion)77 } })] }),
        ("min date", a => a with { Validity = a.Validity with { Start = LocalDate.MinIsoValue } }),
        ("year 0", a => a with { Revision = a.Revision with { Date = new LocalDate(0, 1, 1) } }),
        ("lone surrogate", a => a with { Title = new LocalizedText("Löfte \uD800") }),
        ("lone surrogate in a list", a => WithCommitment(a, c => c with { Methods = ["\uDC00"] })),
        ("null extensions", a => a with { Extensions = null! }),
    ];

    [Fact]
    public void Validating_a_model_is_validating_its_JSON_for_generated_and_damaged_models()
    {
        var gen = from agreement in AgreementGen.Agreement
                  from damage in Gen.Choose(-Damages.Length, Damages.Length - 1)
                  select damage < 0 ? agreement : Damages[damage].Damage(agreement);
        PropertyRun.Check(gen, Agrees, cases: 150, salt: 25);
    }

    [Fact]
    public void Every_damage_is_told_and_the_unwritable_ones_are_refused_everywhere()
    {
        var valid = ExampleFiles.Load("bastad-2024");
        foreach (var (_, damage) in Damages)
        {
            var damaged = damage(valid);
            Assert.NotEqual(valid, damaged);
            Agrees(damaged);
        }
    }

    [Fact]
    public void The_issues_examples_get_the_readers_codes()
    {
        var valid = ExampleFiles.Load("bastad-2024");
        Assert.Equal(4, Codes(WithTarget(valid, t => t with { Kind = TargetKind.Quantitative, Comparator = null, Value = null, Unit = null, Recurrence = null })).Count(c => c == "ML1002"));
        Assert.Contains("ML1007", Codes(valid with { Revision = valid.Revision with { Number = 0 } }));
        Assert.Contains("ML2005", Codes(valid with { Id = "c 1" }));
        Assert.Contains("ML1010", Codes(valid with { FormatVersion = "9.0" }));
        Assert.Contains("ML1003", Codes(valid with { Title = null! }));
        Assert.Contains("ML1005", Codes(valid with { Kind = (AgreementKind)42 }));
    }

    [Fact]
    public void A_valid_model_is_valid_and_read_back_equal()
    {
        var valid = ExampleFiles.Load("bastad-2024");

        var report = AgreementValidator.Validate(valid, AsOf2024);

        Assert.True(report.IsValid);
        Assert.Equal(valid, report.Agreement);
    }

    [Fact]
    public void Options_refuse_null_when_set_not_later()
    {
        Assert.Throws<ArgumentNullException>(() => new ValidationOptions { Clock = null! });
        Assert.Throws<ArgumentNullException>(() => new ValidationOptions { DisabledRules = null! });
        Assert.Throws<ArgumentNullException>(() => new ValidationOptions { SeverityOverrides = null! });
        Assert.Throws<ArgumentNullException>(() => new ValidationOptions { AdditionalRules = null! });
        Assert.Throws<ArgumentNullException>(() => new ValidationOptions { Limits = null! });
        var withNullRule = AgreementValidator.Validate(ExampleFiles.Load("bastad-2024"), AsOf2024 with { AdditionalRules = [null!] });
        Assert.Contains(withNullRule.Diagnostics, d => d.Code == "ML9999");
    }

    [Fact]
    public void A_damaged_follow_up_document_is_refused_with_the_pointer_of_its_first_bad_value()
    {
        var agreement = ExampleFiles.Load("kungsbacka-2019-2020");
        var followUp = FollowUpExampleFiles.Load("kungsbacka-2019-2020-uppfoljning-2019-07");
        (Medborgarlofte.FollowUp.FollowUpDocument Damaged, string Pointer)[] cases =
        [
            (followUp with { Agreement = null! }, "/agreement"),
            (followUp with { Id = null! }, "/id"),
            (followUp with { AsOf = LocalDate.MinIsoValue }, "/asOf"),
            (followUp with { Observations = [null!] }, "/observations/0"),
            (followUp with { Commitments = [new Medborgarlofte.FollowUp.CommitmentProgress { Commitment = "c1", Status = (Medborgarlofte.FollowUp.CommitmentStatus)99 }] }, "/commitments/0/status"),
            (followUp with { Note = new LocalizedText("\uDFFF") }, "/note/sv"),
            (followUp with { Extensions = null! }, "/extensions"),
        ];
        foreach (var (damaged, pointer) in cases)
        {
            Action[] calls =
            [
                () => Medborgarlofte.FollowUp.FollowUpJson.WriteToUtf8Bytes(damaged),
                () => FollowUpEvaluator.Evaluate(agreement, damaged, new LocalDate(2019, 7, 1)),
                () => Medborgarlofte.FollowUp.FollowUpValidator.Validate(damaged, agreement),
            ];
            foreach (var call in calls)
            {
                var e = Assert.ThrowsAny<ArgumentException>(call);
                Assert.Contains($"({pointer})", e.Message, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The property: one verdict, and for an unwritable model an ArgumentException from every entry point.</summary>
    private static void Agrees(Agreement model)
    {
        var report = AgreementValidator.Validate(model, AsOf2024);
        var unwritable = new System.Collections.Generic.List<Diagnostic>();
        if (!Medborgarlofte.Json.Shapes.ModelSoundness.Report(model, unwritable))
        {
            var fromJson = AgreementValidator.Validate(AgreementJson.WriteToUtf8Bytes(model), AsOf2024);
            Assert.Equal(fromJson.Diagnostics, report.Diagnostics);
            Assert.Equal(fromJson.IsValid, report.IsValid);
            return;
        }

        Assert.All(unwritable, d => Assert.Contains(d, report.Diagnostics));
        Assert.False(report.IsValid);
        Assert.Null(report.Agreement);
        var first = unwritable[0].Pointer;
        var followUp = FollowUpExampleFiles.Load("kungsbacka-2019-2020-uppfoljning-2019-07");
        Action[] calls =
        [
            () => AgreementJson.WriteToUtf8Bytes(model),
            () => AgreementJson.Write(model),
            () => ContentHash.Compute(model),
            () => HtmlRenderer.Render(model),
            () => MarkdownRenderer.Render(model),
            () => AgreementComparer.Compare(model, model),
            () => FollowUpEvaluator.Evaluate(model, followUp, new LocalDate(2024, 6, 1)),
            () => Medborgarlofte.FollowUp.FollowUpValidator.Validate(followUp, model),
        ];
        foreach (var call in calls)
        {
            var e = Assert.ThrowsAny<ArgumentException>(call);
            Assert.Contains($"({(first.Length == 0 ? "/" : first)})", e.Message, StringComparison.Ordinal);
        }
    }

    private static string[] Codes(Agreement model) => [.. AgreementValidator.Validate(model, AsOf2024).Diagnostics.Select(d => d.Code)];

    private static Agreement WithCommitment(Agreement a, Func<Commitment, Commitment> change) =>
        a.Commitments.IsEmpty ? a : a with { Commitments = [change(a.Commitments[0]), .. a.Commitments.AsSpan()[1..].ToArray()] };

    private static Agreement WithTarget(Agreement a, Func<Target, Target> change) =>
        WithCommitment(a, c => c.Targets.IsEmpty ? c : c with { Targets = [change(c.Targets[0]), .. c.Targets.AsSpan()[1..].ToArray()] });
}
