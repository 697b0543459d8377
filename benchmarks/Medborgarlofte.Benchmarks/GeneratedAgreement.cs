using System.Globalization;
using NodaTime;

namespace Medborgarlofte.Benchmarks;

/// <summary>
/// A deterministic agreement of any size, for measuring growth: no randomness, so the same
/// count always gives the same bytes. Ten priority areas; each commitment has a numbered text,
/// two responsible parties, places, methods and one weekly target.
/// </summary>
public static class GeneratedAgreement
{
    public static Agreement Create(int commitments)
    {
        var areas = new PriorityArea[10];
        for (var i = 0; i < areas.Length; i++)
        {
            areas[i] = new PriorityArea
            {
                Id = "pa" + (i + 1).ToString(CultureInfo.InvariantCulture),
                Number = (i + 1).ToString(CultureInfo.InvariantCulture),
                Title = new LocalizedText($"Fokusområde {i + 1}: trygghet i offentlig miljö", $"Priority area {i + 1}: safety in public space"),
                Background = new LocalizedText("Medborgardialogerna visar en oro över buskörning med mopeder och A-traktorer i centrala delar av kommunen."),
                Themes = ["publicSpace", "traffic"],
            };
        }

        var list = new Commitment[commitments];
        for (var i = 0; i < commitments; i++)
        {
            var area = areas[i % areas.Length];
            var number = $"{area.Number}.{(i / areas.Length) + 1}";
            list[i] = new Commitment
            {
                Id = "c" + number,
                Number = number,
                PriorityArea = area.Id,
                Text = new LocalizedText($"Polisen och kommunen åtar sig att genomföra minst en trygghetsvandring per vecka i område {i + 1}, med fokus på platser där medborgarna upplever otrygghet.", $"The police and the municipality commit to at least one safety walk a week in area {i + 1}."),
                ResponsibleParties = ["kommunen", "polisen"],
                Purpose = new LocalizedText("Skapa trygghet genom närvaro."),
                Places = [new LocalizedText("Resecentrum"), new LocalizedText("Lyckantorget")],
                TargetGroups = [new LocalizedText("ungdomar")],
                Methods = ["safetyWalk", "citizenDialogue"],
                Targets =
                [
                    new Target
                    {
                        Id = "t" + number,
                        Kind = TargetKind.Quantitative,
                        Comparator = Comparator.AtLeast,
                        Value = 1,
                        Unit = new LocalizedText("trygghetsvandringar", "safety walks"),
                        Recurrence = Recurrence.PerWeek,
                        Text = new LocalizedText("minst en trygghetsvandring per vecka"),
                    },
                ],
            };
        }

        return new Agreement
        {
            Id = "generated-" + commitments.ToString(CultureInfo.InvariantCulture),
            Kind = AgreementKind.Promise,
            Title = new LocalizedText($"Genererat medborgarlöfte med {commitments} löften"),
            Introduction = new LocalizedText("Ett genererat dokument för mätningar av tid och minne."),
            Validity = new Validity { Start = new LocalDate(2025, 1, 1), End = new LocalDate(2026, 12, 31), Wording = new LocalizedText("2025–2026") },
            Revision = new Revision { Number = 1, Status = RevisionStatus.Signed, Date = new LocalDate(2024, 12, 10) },
            Parties =
            [
                new Party { Id = "kommunen", Type = PartyType.Municipality, Name = new LocalizedText("Båstads kommun"), Identifiers = new PartyIdentifiers { MunicipalityCode = "1278" } },
                new Party { Id = "polisen", Type = PartyType.Police, Name = new LocalizedText("Lokalpolisområde Ängelholm"), PoliceUnit = new PoliceUnit { Region = PoliceRegion.Syd, PoliceArea = "Nordvästra Skåne", LocalPoliceArea = "Ängelholm" } },
            ],
            PriorityAreas = EquatableArray.Create<PriorityArea>(areas),
            Commitments = EquatableArray.Create<Commitment>(list),
            FollowUpPlan = new FollowUpPlan { Description = new LocalizedText("Följs upp årligen i brottsförebyggande rådet."), Reports = [new FollowUpReport { Forum = new LocalizedText("brottsförebyggande rådet"), Cadence = Cadence.Yearly }] },
            Communication = new Communication { Channels = [new CommunicationChannel { Type = "website", Owner = "kommunen" }] },
            Signatures =
            [
                new Signature { Party = "kommunen", Name = "Förnamn Efternamn", Title = new LocalizedText("Kommunstyrelsens ordförande"), Place = "Båstad", Date = new LocalDate(2024, 12, 10) },
                new Signature { Party = "polisen", Name = "Förnamn Efternamn", Title = new LocalizedText("Lokalpolisområdeschef"), Place = "Båstad", Date = new LocalDate(2024, 12, 10) },
            ],
        };
    }
}
