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

    /// <summary>
    /// Throws when <paramref name="agreement"/> is null, or holds a value no document can hold (a null where a value
    /// is required, an undefined enum value, a date outside years 1–9999, a lone surrogate): an
    /// <see cref="ArgumentException"/> naming the first one's JSON Pointer, before anything fails inside.
    /// </summary>
    internal static Medborgarlofte.Agreement CheckSound([NotNull] Medborgarlofte.Agreement? agreement, string paramName)
    {
        CheckNotNull(agreement, paramName);
        Medborgarlofte.Json.Shapes.ModelSoundness.ThrowIfUnsound(agreement, paramName);
        return agreement;
    }

    /// <summary>As <see cref="CheckSound(Medborgarlofte.Agreement?, string)"/>, for a follow-up document.</summary>
    internal static Medborgarlofte.FollowUp.FollowUpDocument CheckSound([NotNull] Medborgarlofte.FollowUp.FollowUpDocument? followUp, string paramName)
    {
        CheckNotNull(followUp, paramName);
        Medborgarlofte.Json.Shapes.ModelSoundness.ThrowIfUnsound(followUp, paramName);
        return followUp;
    }
}
