using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Medborgarlofte.Json;
using Medborgarlofte.Rendering;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// Every bundled example rendered to HTML in Swedish and English and loaded in headless Chromium by
/// <c>node tests/browser/check.mjs</c>, one browser process for all pages, run once for all the tests that
/// read its reports. Chromium is Debian's <c>chromium</c> package (<c>.ci/run</c> installs it); puppeteer-core
/// and axe-core come from the committed <c>package-lock.json</c>. Without them the tests fail, never pass silently.
/// </summary>
internal static class BrowserCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private static readonly Lazy<IReadOnlyDictionary<string, BrowserReport>> Reports = new(Run);

    /// <summary>Gets the examples the check renders: every agreement in <c>examples/</c>.</summary>
    internal static IEnumerable<string> ExampleNames() =>
        Directory.GetFiles(Repository.Examples, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static IEnumerable<object[]> Pages()
    {
        foreach (var name in ExampleNames())
        {
            foreach (var language in new[] { "sv", "en" })
            {
                yield return [name + "." + language + ".html"];
            }
        }
    }

    /// <summary>Gets Chromium's report on one rendered page, named <c>example.language.html</c>.</summary>
    internal static BrowserReport Report(string page) =>
        Reports.Value.TryGetValue(page, out var report) ? report : throw new InvalidOperationException("The browser check has no report on " + page);

    /// <summary>Gets every report.</summary>
    internal static IReadOnlyCollection<BrowserReport> All() => [.. Reports.Value.Values];

    private static Dictionary<string, BrowserReport> Run()
    {
        foreach (var package in new[] { "puppeteer-core", "axe-core" })
        {
            if (!File.Exists(Repository.PathOf("node_modules", package, "package.json")))
            {
                throw new InvalidOperationException($"{package} is not installed: run `npm ci` in {Repository.Root} (package-lock.json pins it).");
            }
        }

        var directory = Path.Combine(Path.GetTempPath(), "medborgarlofte-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var files = new List<string>();
            foreach (var name in ExampleNames())
            {
                var agreement = AgreementJson.Read(File.ReadAllBytes(Path.Combine(Repository.Examples, name + ".json"))).GetValueOrThrow();
                foreach (var (language, options) in new[] { ("sv", RenderOptions.Swedish), ("en", RenderOptions.English) })
                {
                    var file = Path.Combine(directory, name + "." + language + ".html");
                    File.WriteAllText(file, HtmlRenderer.Render(agreement, options));
                    files.Add(file);
                }
            }

            return Check(files).ToDictionary(report => Path.GetFileName(report.File), StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static List<BrowserReport> Check(List<string> files)
    {
        var start = NodeScript.Start("tests", "browser", "check.mjs");
        files.ForEach(start.ArgumentList.Add);
        var stdout = NodeScript.Run(start, Timeout, "The browser check");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var reports = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Parse(line, options))
            .ToList();
        return reports.Count == files.Count
            ? reports
            : throw new InvalidOperationException($"The browser check reported on {reports.Count} of {files.Count} pages.");
    }

    private static BrowserReport Parse(string line, JsonSerializerOptions options)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        return new BrowserReport(
            root.GetProperty("file").GetString()!,
            root.GetProperty("views").Deserialize<List<BrowserView>>(options)!,
            root.GetProperty("axe").Deserialize<List<AxeViolation>>(options)!);
    }
}
