using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using Medborgarlofte.Json.Formats;
using UriFormat = Medborgarlofte.Json.Formats.UriFormat;
using Medborgarlofte.Tests.Support;
using Xunit;

namespace Medborgarlofte.Tests.Json.Formats;

/// <summary>
/// The library's own RFC-based format checks on every case of the JSON Schema Test Suite's <c>date</c>,
/// <c>email</c> and <c>uri</c> files (copied into <c>suite/</c>, see its ABOUT.md): RFC 3339 full-date,
/// RFC 5321 Mailbox, RFC 3986 absolute URI.
/// </summary>
public sealed class FormatCaseTests
{
    public static TheoryData<string, string, string, bool> Cases()
    {
        var cases = new TheoryData<string, string, string, bool>();
        foreach (var format in new[] { "date", "email", "uri" })
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Repository.PathOf("tests", "Medborgarlofte.Core.Tests", "Json", "Formats", "suite", format + ".json")));
            foreach (var group in document.RootElement.EnumerateArray())
            {
                foreach (var test in group.GetProperty("tests").EnumerateArray())
                {
                    var data = test.GetProperty("data");
                    if (data.ValueKind == JsonValueKind.String)
                    {
                        cases.Add(format, test.GetProperty("description").GetString()!, data.GetString()!, test.GetProperty("valid").GetBoolean());
                    }
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_format_check_agrees_with_the_suite(string format, string description, string value, bool valid)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var actual = format switch
        {
            "date" => DateFormat.IsDate(bytes),
            "email" => EmailFormat.IsEmail(bytes),
            _ => UriFormat.IsUri(bytes),
        };

        Assert.True(actual == valid, $"{format}: {description}: \"{value}\" should be {(valid ? "valid" : "invalid")}");
    }

    [Fact]
    public void Every_file_has_cases_both_ways()
    {
        var seen = new HashSet<(string, bool)>();
        foreach (var row in Cases())
        {
            seen.Add(((string)row[0], (bool)row[3]));
        }

        Assert.Equal(6, seen.Count);
    }
}
