using System.Collections.Generic;
using System.Linq;
using Medborgarlofte.FollowUp;
using Medborgarlofte.Json.Shapes;

namespace Medborgarlofte.Tests.Generators;

/// <summary>The model's declarations as tests and generators see them: every shape under the agreement and the follow-up document.</summary>
internal static class Declarations
{
    /// <summary>Gets every declared shape, each once.</summary>
    internal static IReadOnlyList<IJsonShape> Shapes { get; } = [.. Under(Agreement.Shape).Concat(Under(FollowUpDocument.Shape)).Distinct()];

    /// <summary>Every shape reachable from <paramref name="root"/>, <paramref name="root"/> first.</summary>
    internal static IEnumerable<IJsonShape> Under(IJsonShape root)
    {
        var seen = new HashSet<IJsonShape>();
        var pending = new Stack<IJsonShape>([root]);
        while (pending.Count > 0)
        {
            var shape = pending.Pop();
            if (seen.Add(shape))
            {
                yield return shape;
                foreach (var field in shape.Fields.Where(f => f.Shape is not null))
                {
                    pending.Push(field.Shape!);
                }
            }
        }
    }
}
