using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using Medborgarlofte.Schema;

namespace Medborgarlofte.SchemaCodeGenerator;

/// <summary>The compiled checks the library carries: one file per schema the library evaluates.</summary>
internal static class CompiledSchemaFiles
{
    /// <summary>Where the files live, relative to the repository's root.</summary>
    public const string Folder = "src/Medborgarlofte.Core/Schema/Compiled";

    /// <summary>Each file's name and text, generated from the schema embedded in the library.</summary>
    public static IReadOnlyList<(string FileName, string Text)> Generate()
    {
        var hash = Convert.ToHexString(SHA256.HashData(FormatSchema.Utf8Json.Span)).ToLowerInvariant();
        var agreement = CompiledSchemaEmitter.Compile(FormatSchemas.Agreement);
        var followUp = CompiledSchemaEmitter.Compile(FormatSchemas.FollowUp);

        // A follow-up names the agreement's targets with the agreement schema's definitions: its check calls the
        // agreement check's methods for them instead of carrying copies.
        IdenticalMethodMerger.ShareWith(followUp, agreement, "AgreementSchemaCheck");
        return
        [
            ("AgreementSchemaCheck.g.cs", agreement.Render("AgreementSchemaCheck", "The format's schema for an agreement (medborgarlöfte).", hash)),
            ("FollowUpSchemaCheck.g.cs", followUp.Render("FollowUpSchemaCheck", "The format's schema for a follow-up document (uppföljning).", hash)),
        ];
    }
}
