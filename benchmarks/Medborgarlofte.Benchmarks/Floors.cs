using System;
using System.Text.Json;

namespace Medborgarlofte.Benchmarks;

/// <summary>The floor every ratio is taken against: System.Text.Json reading every token, and nothing else.</summary>
public static class Floors
{
    public static int CountTokens(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
