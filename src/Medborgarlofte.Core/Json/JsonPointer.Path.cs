using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Medborgarlofte;

/// <content>The path to the value a walk is at (reading, the soundness walk, the text walk).</content>
public static partial class JsonPointer
{
    /// <summary>
    /// The path to the value being read, kept as a stack of segments so that pushing and popping
    /// costs nothing; the pointer string is built only when a diagnostic needs it.
    /// </summary>
    internal sealed class Path
    {
        private readonly List<(string? Name, int Index)> _segments = new(16);

        internal int Depth => _segments.Count;

        internal void Push(string name) => _segments.Add((name, -1));

        internal void Push(int index) => _segments.Add((null, index));

        internal void Pop() => _segments.RemoveAt(_segments.Count - 1);

        /// <summary>Gets the index of the innermost segment; -1 when that segment is a name.</summary>
        internal int InnermostIndex => _segments[^1].Index;

        /// <summary>Formats the path as an RFC 6901 pointer.</summary>
        internal string ToPointer()
        {
            if (_segments.Count == 0)
            {
                return string.Empty;
            }

            var builder = new StringBuilder();
            foreach (var (name, index) in _segments)
            {
                builder.Append('/');
                if (name is null)
                {
                    builder.Append(index.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(Escape(name));
                }
            }

            return builder.ToString();
        }

        /// <summary>Formats the path with one more property name, without pushing it.</summary>
        internal string ToPointer(string childName) => Append(ToPointer(), childName);
    }
}
