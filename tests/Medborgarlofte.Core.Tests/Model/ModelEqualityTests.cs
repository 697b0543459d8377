using System.Text.Json;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using NodaTime;
using Xunit;

namespace Medborgarlofte.Tests.Model;

/// <summary>Records compare by value, collections included; equality and hashing are tested together.</summary>
public sealed class ModelEqualityTests
{
    [Theory]
    [MemberData(nameof(ExampleFiles.All), MemberType = typeof(ExampleFiles))]
    public void Two_reads_of_an_example_are_equal_and_hash_alike(string name)
    {
        var a = ExampleFiles.Load(name);
        var b = ExampleFiles.Load(name);

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void A_change_deep_in_a_collection_makes_agreements_unequal()
    {
        var a = ExampleFiles.Load("kungsbacka-2019-2020");
        var commitment = a.Commitments[4];
        var target = commitment.Targets[0] with { Value = 2m };
        var b = a with { Commitments = [.. a.Commitments.AsSpan()[..4], commitment with { Targets = [target] }, .. a.Commitments.AsSpan()[5..]] };

        Assert.NotEqual(a, b);
        Assert.NotEqual(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Rebuilding_a_collection_with_equal_elements_keeps_equality()
    {
        var a = ExampleFiles.Load("bastad-2024");
        var b = a with { Commitments = [.. a.Commitments] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Extension_data_compares_structurally_in_any_property_order()
    {
        using var x = JsonDocument.Parse("""{"a": [1, {"b": "c"}], "d": true}""");
        using var y = JsonDocument.Parse("""{"d": true, "a": [1, {"b": "c"}]}""");
        using var z = JsonDocument.Parse("""{"d": true, "a": [1, {"b": "C"}]}""");

        var ex = ExtensionData.FromJsonObject(x.RootElement);
        var ey = ExtensionData.FromJsonObject(y.RootElement);
        var ez = ExtensionData.FromJsonObject(z.RootElement);

        Assert.Equal(ex, ey);
        Assert.Equal(ex.GetHashCode(), ey.GetHashCode());
        Assert.NotEqual(ex, ez);
    }

    [Fact]
    public void Extension_values_outlive_the_document_they_came_from()
    {
        ExtensionData data;
        using (var document = JsonDocument.Parse("""{"k": {"v": 1}}"""))
        {
            data = ExtensionData.FromJsonObject(document.RootElement);
        }

        Assert.True(data.TryGetValue("k", out var value));
        Assert.Equal(1, value.Value.GetProperty("v").GetInt32());
    }

    [Fact]
    public void Validity_without_an_end_is_open_ended()
    {
        var validity = new Validity { Start = new LocalDate(2024, 1, 1), Wording = new LocalizedText("gäller tills nya löften tas fram") };

        Assert.True(validity.IsOpenEnded);
        Assert.Null(validity.Interval);
        Assert.Equal(validity, validity with { });
    }

    [Fact]
    public void An_agreement_built_in_code_writes_and_reads_back_equal()
    {
        var agreement = new Agreement
        {
            Id = "ny-2025",
            Kind = AgreementKind.Promise,
            Title = new LocalizedText("Medborgarlöfte 2025", "Citizen promise 2025"),
            Validity = new Validity { Start = new LocalDate(2025, 1, 1) },
            Revision = new Revision { Number = 1, Status = RevisionStatus.Draft },
            Parties = [new Party { Id = "k", Type = PartyType.Municipality, Name = new LocalizedText("Höörs kommun") }],
            Commitments =
            [
                new Commitment
                {
                    Id = "c1",
                    Text = new LocalizedText("Minst två trygghetsvandringar under hösten."),
                    ResponsibleParties = ["k"],
                    Targets = [new Target { Id = "t1", Kind = TargetKind.Quantitative, Comparator = Comparator.AtLeast, Value = 2m, Unit = new LocalizedText("trygghetsvandringar"), Recurrence = Recurrence.Once, Period = new DateInterval(new LocalDate(2025, 8, 1), new LocalDate(2025, 12, 31)) }],
                },
            ],
        };

        var read = AgreementJson.Read(AgreementJson.Write(agreement)).GetValueOrThrow();

        Assert.Equal(agreement, read);
    }
}
