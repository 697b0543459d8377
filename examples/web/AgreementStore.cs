using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Medborgarlofte.Examples.Web;

/// <summary>Agreements kept in memory by id, the latest revision posted: a sample's stand-in for a database.</summary>
public sealed class AgreementStore
{
    private readonly ConcurrentDictionary<string, Agreement> _agreements = new(StringComparer.Ordinal);

    /// <summary>Keeps an agreement, replacing one with the same id.</summary>
    /// <param name="agreement">A valid agreement.</param>
    public void Put(Agreement agreement) => _agreements[agreement.Id] = agreement;

    /// <summary>Finds an agreement by id.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="agreement">The agreement, when kept.</param>
    /// <returns>Whether it was kept.</returns>
    public bool TryGet(string id, [NotNullWhen(true)] out Agreement? agreement) => _agreements.TryGetValue(id, out agreement);
}
