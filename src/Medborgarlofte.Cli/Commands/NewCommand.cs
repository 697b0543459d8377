using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Cli.Parsing;
using Medborgarlofte.Json;
using Medborgarlofte.Reference;

namespace Medborgarlofte.Cli.Commands;

/// <summary>
/// <c>new --kommun CODE --year YYYY [--lokalpolisomrade NAME]</c>: a skeleton agreement (medborgarlöfte) for a
/// municipality and its police, from the code lists: both parties with their codes, the police region that covers the
/// municipality's county, validity for the year, one commitment to fill in. Written in canonical form to standard output.
/// </summary>
internal static class NewCommand
{
    internal const string Help = """
        medborgarlofte new --kommun KOD --year ÅÅÅÅ [--lokalpolisomrade NAMN] > lofte.json
          Skapar ett skelett till medborgarlöfte ur kodlistorna: parterna med koder, polisregionen, giltighet
          för året och ett åtagande att fylla i. Det validerar med bara de varningar ett skelett ska ha.
          Creates a skeleton agreement from the code lists: the parties with codes, the police region, validity
          for the year and one commitment to fill in. It validates with only the warnings a skeleton should have.

        Val / Options:
          --kommun KOD           kommunkoden, fyra siffror (1278 = Båstad) / the municipality code, four digits
          --year ÅÅÅÅ            året löftet gäller / the year the agreement is for
          --lokalpolisomrade NAMN
                                 lokalpolisområdet, om det är känt / the local police area, when known
          -h, --help             den här hjälpen / this help
        """;

    private const string PoliceOrganisationNumber = "202100-0076";

    internal static Command Create(CliConsole console)
    {
        var municipality = new Option<string>("--kommun") { HelpName = "KOD", Description = "Kommunkod / Municipality code" };
        municipality.CompletionSources.Add(_ => System.Linq.Enumerable.Select(Municipalities.All, m => m.Code));
        var year = new Option<int?>("--year") { HelpName = "ÅÅÅÅ", Description = "Året / The year" };
        var localArea = new Option<string>("--lokalpolisomrade") { HelpName = "NAMN", Description = "Lokalpolisområde / Local police area" };
        var command = new BilingualCommand("new", "Skapar ett skelett till medborgarlöfte / Creates a skeleton agreement", Help)
        {
            municipality, year, localArea,
        };
        command.SetAction(result =>
        {
            var code = result.GetValue(municipality);
            if (code is null || Municipalities.Find(code) is not { } found)
            {
                return UsageErrors.Fail(console.Error, result, code is null
                    ? "Ange --kommun med en kommunkod / Give --kommun with a municipality code"
                    : $"Ingen kommun har koden {code} / No municipality has the code {code}");
            }

            if (result.GetValue(year) is not { } chosenYear || chosenYear < 1900 || chosenYear > 2999)
            {
                return UsageErrors.Fail(console.Error, result, "Ange --year med ett år ÅÅÅÅ / Give --year with a year YYYY");
            }

            var skeleton = Skeleton(found, chosenYear, result.GetValue(localArea));
            var read = AgreementJson.Read(skeleton);
            if (!read.Success)
            {
                // The skeleton is ours: a failure here is a bug, shown rather than hidden.
                DiagnosticLines.Write(console.Error, "new", skeleton, read.Diagnostics);
                return ExitCodes.Invalid;
            }

            console.Out.Write(Encoding.UTF8.GetString(AgreementJson.WriteToUtf8Bytes(read.Value)));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static byte[] Skeleton(Municipality municipality, int year, string? localPoliceArea)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("formatVersion", "1.0");
            w.WriteString("id", $"{Slug(municipality.Name)}-{year}");
            w.WriteString("kind", "promise");
            Text(w, "title", $"Medborgarlöfte {year}");
            w.WriteStartObject("validity");
            w.WriteString("start", $"{year:D4}-01-01");
            w.WriteString("end", $"{year:D4}-12-31");
            w.WriteEndObject();
            w.WriteStartObject("revision");
            w.WriteNumber("number", 1);
            w.WriteString("status", "draft");
            w.WriteEndObject();
            w.WriteStartArray("parties");

            w.WriteStartObject();
            w.WriteString("id", "kommunen");
            w.WriteString("type", "municipality");
            Text(w, "name", MunicipalityName(municipality.Name));
            w.WriteStartObject("identifiers");
            w.WriteString("municipalityCode", municipality.Code);
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartObject();
            w.WriteString("id", "polisen");
            w.WriteString("type", "police");
            Text(w, "name", localPoliceArea is null ? "Polisen" : $"Lokalpolisområde {localPoliceArea}");
            w.WriteStartObject("identifiers");
            w.WriteString("organisationNumber", PoliceOrganisationNumber);
            w.WriteEndObject();
            if (PoliceRegions.FindByCounty(municipality.CountyCode) is { } region)
            {
                w.WriteStartObject("policeUnit");
                w.WriteString("region", ModelCodes.PoliceRegions.ToCode(region));
                if (localPoliceArea is not null)
                {
                    w.WriteString("localPoliceArea", localPoliceArea);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteStartArray("commitments");
            w.WriteStartObject();
            w.WriteString("id", "c1");
            Text(w, "text", "Beskriv vad kommunen och polisen åtar sig att göra.");
            w.WriteStartArray("responsibleParties");
            w.WriteStringValue("kommunen");
            w.WriteStringValue("polisen");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void Text(Utf8JsonWriter w, string name, string swedish)
    {
        w.WriteStartObject(name);
        w.WriteString("sv", swedish);
        w.WriteEndObject();
    }

    // "Båstad" → "Båstads kommun"; a name ending in s, x or z takes no genitive s ("Borås kommun").
    private static string MunicipalityName(string name) =>
        name.EndsWith('s') || name.EndsWith('x') || name.EndsWith('z') ? $"{name} kommun" : $"{name}s kommun";

    private static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            slug.Append(c switch
            {
                'å' or 'ä' => 'a',
                'ö' => 'o',
                'é' => 'e',
                ' ' or '-' => '-',
                _ when char.IsAsciiLetterOrDigit(c) => c,
                _ => '\0',
            });
        }

        return slug.Replace("\0", string.Empty).ToString();
    }
}
