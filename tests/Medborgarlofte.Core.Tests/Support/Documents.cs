namespace Medborgarlofte.Tests.Support;

/// <summary>Small documents for tests, in canonical form.</summary>
internal static class Documents
{
    /// <summary>The smallest valid agreement: every required property, nothing else.</summary>
    internal const string Minimal = """
        {
          "formatVersion": "1.0",
          "id": "test-2024",
          "kind": "promise",
          "title": {
            "sv": "Medborgarlöfte 2024"
          },
          "validity": {
            "start": "2024-01-01",
            "end": "2024-12-31"
          },
          "revision": {
            "number": 1,
            "status": "draft"
          },
          "parties": [
            {
              "id": "kommunen",
              "type": "municipality",
              "name": {
                "sv": "Båstads kommun"
              },
              "identifiers": {
                "municipalityCode": "1278"
              }
            },
            {
              "id": "polisen",
              "type": "police",
              "name": {
                "sv": "Lokalpolisområde Ängelholm"
              },
              "policeUnit": {
                "region": "Syd",
                "localPoliceArea": "Ängelholm"
              }
            }
          ],
          "commitments": [
            {
              "id": "c1",
              "text": {
                "sv": "Polisen åtar sig att genomföra minst en trafikkontroll per vecka."
              },
              "responsibleParties": [
                "polisen"
              ],
              "targets": [
                {
                  "id": "t1",
                  "kind": "quantitative",
                  "comparator": "atLeast",
                  "value": 1,
                  "unit": {
                    "sv": "trafikkontroller",
                    "en": "traffic checks"
                  },
                  "recurrence": "perWeek"
                }
              ]
            }
          ]
        }

        """;
}
