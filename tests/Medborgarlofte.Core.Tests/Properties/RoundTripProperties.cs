using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Generators;
using Xunit;

namespace Medborgarlofte.Tests.Properties;

/// <summary>
/// Writing and reading are inverse for every valid document: what is written reads back as an equal
/// model with the same hash code, and writing what was read gives the same bytes (idempotence).
/// </summary>
public sealed class RoundTripProperties
{
    private const int Cases = 1000;

    [SeededProperty(Cases)]
    public Property An_agreement_reads_back_equal_with_the_same_hash_code() => Prop.ForAll(Arb.From(AgreementGen.Agreement, Shrink.Agreement), agreement =>
    {
        var bytes = AgreementJson.WriteToUtf8Bytes(agreement);

        var fromBytes = AgreementJson.Read(bytes);
        var fromText = AgreementJson.Read(Encoding.UTF8.GetString(bytes));

        Assert.True(fromBytes.Success, string.Join("\n", fromBytes.Diagnostics));
        Assert.Empty(fromBytes.Diagnostics);
        Assert.Equal(agreement, fromBytes.Value);
        Assert.Equal(agreement.GetHashCode(), fromBytes.Value.GetHashCode());
        Assert.Equal(agreement, fromText.Value);
    });

    [SeededProperty(Cases, salt: 1)]
    public Property Writing_an_agreement_is_idempotent() => Prop.ForAll(Arb.From(AgreementGen.Agreement, Shrink.Agreement), agreement =>
    {
        var first = AgreementJson.WriteToUtf8Bytes(agreement);
        var second = AgreementJson.WriteToUtf8Bytes(AgreementJson.Read(first).GetValueOrThrow());

        Assert.Equal(first, second);
    });

    [SeededProperty(Cases, salt: 2)]
    public Property A_follow_up_reads_back_equal_with_the_same_hash_code() => Prop.ForAll(FollowUpGen.Document.ToArbitrary(), followUp =>
    {
        var bytes = FollowUpJson.WriteToUtf8Bytes(followUp);

        var fromBytes = FollowUpJson.Read(bytes);
        var fromText = FollowUpJson.Read(Encoding.UTF8.GetString(bytes));

        Assert.True(fromBytes.Success, string.Join("\n", fromBytes.Diagnostics));
        Assert.Empty(fromBytes.Diagnostics);
        Assert.Equal(followUp, fromBytes.Value);
        Assert.Equal(followUp.GetHashCode(), fromBytes.Value.GetHashCode());
        Assert.Equal(followUp, fromText.Value);
    });

    [SeededProperty(Cases, salt: 3)]
    public Property Writing_a_follow_up_is_idempotent() => Prop.ForAll(FollowUpGen.Document.ToArbitrary(), followUp =>
    {
        var first = FollowUpJson.WriteToUtf8Bytes(followUp);
        var second = FollowUpJson.WriteToUtf8Bytes(FollowUpJson.Read(first).GetValueOrThrow());

        Assert.Equal(first, second);
    });

    [SeededProperty(Cases, salt: 4)]
    public Property A_generated_follow_up_passes_the_checks_against_its_agreement() => Prop.ForAll(FollowUpGen.Pair.ToArbitrary(), pair =>
    {
        var diagnostics = FollowUpValidator.Validate(pair.FollowUp, pair.Agreement).Diagnostics;

        Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
    });
}
