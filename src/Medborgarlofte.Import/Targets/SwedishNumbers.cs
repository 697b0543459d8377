using System.Collections.Generic;
using System.Globalization;

namespace Medborgarlofte.Import.Targets;

/// <summary>Numbers written in Swedish words (en, ett, två … tolv, tjugo, hundra) or digits.</summary>
internal static class SwedishNumbers
{
    private static readonly Dictionary<string, int> Words = new(System.StringComparer.Ordinal)
    {
        ["en"] = 1, ["ett"] = 1, ["två"] = 2, ["tre"] = 3, ["fyra"] = 4, ["fem"] = 5, ["sex"] = 6, ["sju"] = 7,
        ["åtta"] = 8, ["nio"] = 9, ["tio"] = 10, ["elva"] = 11, ["tolv"] = 12, ["tretton"] = 13, ["fjorton"] = 14,
        ["femton"] = 15, ["sexton"] = 16, ["sjutton"] = 17, ["arton"] = 18, ["nitton"] = 19, ["tjugo"] = 20,
        ["trettio"] = 30, ["fyrtio"] = 40, ["femtio"] = 50, ["hundra"] = 100, ["etthundra"] = 100, ["tusen"] = 1000,
    };

    /// <summary>Reads a word or digits ("två", "12", "2,5") as a number.</summary>
    internal static bool TryRead(string word, out decimal value, out bool isWord)
    {
        isWord = false;
        if (Words.TryGetValue(word.ToLowerInvariant(), out var n))
        {
            value = n;
            isWord = true;
            return true;
        }

        if (word.Length is > 0 and <= 7 && char.IsDigit(word[0]) && char.IsDigit(word[^1])
            && decimal.TryParse(word.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && value > 0)
        {
            return true;
        }

        value = 0;
        return false;
    }
}
