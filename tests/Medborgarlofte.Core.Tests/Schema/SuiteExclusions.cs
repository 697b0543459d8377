using System;
using System.Collections.Generic;

namespace Medborgarlofte.Tests.Schema;

/// <summary>Why a suite case is left out.</summary>
public enum ExclusionKind
{
    /// <summary>The schema needs an unsupported feature, and the library refuses it at load (never mis-evaluates it).</summary>
    RefusedAtLoad,

    /// <summary>The suite expects format to be an annotation, but this library asserts the format.</summary>
    FormatAsserted,
}

/// <summary>An excluded case or group, with the reason.</summary>
public sealed record Exclusion(ExclusionKind Kind, string Reason);

/// <summary>
/// The suite cases not run as ordinary cases, each with a reason. A key is "file", "file / group" or
/// "file / group / test" (descriptions as in the suite).
/// </summary>
public static class SuiteExclusions
{
    private const string DynamicRef =
        "$dynamicRef is not supported; a schema that uses it is refused at load rather than evaluated as if it were $ref.";

    private const string Remote =
        "$ref to a document outside the schema (the suite's remote server, localhost:1234): nothing is ever fetched, so the schema is refused at load.";

    private const string RemoteAndDynamic =
        "$ref to a remote document (localhost:1234) together with $dynamicAnchor/$dynamicRef: neither is supported, so the schema is refused at load.";

    private const string Metaschema =
        "$ref to the draft 2020-12 metaschema, a remote document that is never fetched: the schema is refused at load.";

    private const string CustomMetaschema =
        "$schema names a custom metaschema (vocabulary selection via $vocabulary): only draft 2020-12 itself is accepted, so the schema is refused at load.";

    private const string FormatAsserted =
        "This library asserts format for date, date-time, time, email, uri and uuid (by design); the suite's default treats format as an annotation that always passes.";

    private static readonly Dictionary<string, Exclusion> Table = new(StringComparer.Ordinal)
    {
        // Whole files.
        ["refRemote.json"] = new(ExclusionKind.RefusedAtLoad, Remote),
        ["vocabulary.json"] = new(ExclusionKind.RefusedAtLoad, CustomMetaschema),
        ["defs.json"] = new(ExclusionKind.RefusedAtLoad, Metaschema),

        // dynamicRef.json: every group but "A $ref to a $dynamicAnchor in the same schema resource behaves like
        // a normal $ref to an $anchor", which uses no $dynamicRef and passes.
        ["dynamicRef.json / A $dynamicRef to a $dynamicAnchor in the same schema resource behaves like a normal $ref to an $anchor"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / A $dynamicRef to an $anchor in the same schema resource behaves like a normal $ref to an $anchor"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / A $dynamicRef resolves to the first $dynamicAnchor still in scope that is encountered when the schema is evaluated"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / A $dynamicRef without anchor in fragment behaves identical to $ref"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / A $dynamicRef with intermediate scopes that don't include a matching $dynamicAnchor does not affect dynamic scope resolution"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / An $anchor with the same name as a $dynamicAnchor is not used for dynamic scope resolution"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / A $dynamicRef without a matching $dynamicAnchor in the same schema resource behaves like a normal $ref to $anchor"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / A $dynamicRef with a non-matching $dynamicAnchor in the same schema resource behaves like a normal $ref to $anchor"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / A $dynamicRef that initially resolves to a schema with a matching $dynamicAnchor resolves to the first $dynamicAnchor in the dynamic scope"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / A $dynamicRef that initially resolves to a schema without a matching $dynamicAnchor behaves like a normal $ref to $anchor"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / multiple dynamic paths to the $dynamicRef keyword"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / after leaving a dynamic scope, it is not used by a $dynamicRef"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / $dynamicRef points to a boolean schema"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / $dynamicRef skips over intermediate resources - direct reference"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / $dynamicRef avoids the root of each schema, but scopes are still registered"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["dynamicRef.json / strict-tree schema, guards against misspelled properties"] = new(ExclusionKind.RefusedAtLoad, RemoteAndDynamic),
        ["dynamicRef.json / tests for implementation dynamic anchor and reference link"] = new(ExclusionKind.RefusedAtLoad, RemoteAndDynamic),
        ["dynamicRef.json / $ref and $dynamicAnchor are independent of order - $defs first"] = new(ExclusionKind.RefusedAtLoad, RemoteAndDynamic),
        ["dynamicRef.json / $ref and $dynamicAnchor are independent of order - $ref first"] = new(ExclusionKind.RefusedAtLoad, RemoteAndDynamic),
        ["dynamicRef.json / $ref to $dynamicRef finds detached $dynamicAnchor"] = new(ExclusionKind.RefusedAtLoad, RemoteAndDynamic),

        // Single groups.
        ["ref.json / remote ref, containing refs itself"] = new(ExclusionKind.RefusedAtLoad, Metaschema),
        ["unevaluatedItems.json / unevaluatedItems with $dynamicRef"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),
        ["unevaluatedProperties.json / unevaluatedProperties with $dynamicRef"] = new(ExclusionKind.RefusedAtLoad, DynamicRef),

        // format.json: the one case per asserted format that expects an invalid value to pass.
        ["format.json / date format / invalid date string is only an annotation by default"] = new(ExclusionKind.FormatAsserted, FormatAsserted),
        ["format.json / date-time format / invalid date-time string is only an annotation by default"] = new(ExclusionKind.FormatAsserted, FormatAsserted),
        ["format.json / time format / invalid time string is only an annotation by default"] = new(ExclusionKind.FormatAsserted, FormatAsserted),
        ["format.json / email format / invalid email string is only an annotation by default"] = new(ExclusionKind.FormatAsserted, FormatAsserted),
        ["format.json / uri format / invalid uri string is only an annotation by default"] = new(ExclusionKind.FormatAsserted, FormatAsserted),
        ["format.json / uuid format / invalid uuid string is only an annotation by default"] = new(ExclusionKind.FormatAsserted, FormatAsserted),
    };

    public static IEnumerable<string> Keys => Table.Keys;

    public static Exclusion? Find(SuiteCase testCase)
    {
        if (Table.TryGetValue(testCase.File, out var byFile))
        {
            return byFile;
        }

        if (Table.TryGetValue($"{testCase.File} / {testCase.GroupDescription}", out var byGroup))
        {
            return byGroup;
        }

        return Table.GetValueOrDefault(testCase.ToString());
    }

    public static bool Matches(string key, SuiteCase testCase) =>
        string.Equals(key, testCase.File, StringComparison.Ordinal)
        || string.Equals(key, $"{testCase.File} / {testCase.GroupDescription}", StringComparison.Ordinal)
        || string.Equals(key, testCase.ToString(), StringComparison.Ordinal);
}
