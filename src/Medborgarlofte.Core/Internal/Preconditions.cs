using System;
using System.Diagnostics.CodeAnalysis;

namespace Medborgarlofte.Internal;

/// <summary>Argument checks for public entry points, in one place (after NodaTime's helper).</summary>
internal static class Preconditions
{
    /// <summary>Throws when <paramref name="argument"/> is null; returns it otherwise.</summary>
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        return argument;
    }

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="expression"/> is false.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
