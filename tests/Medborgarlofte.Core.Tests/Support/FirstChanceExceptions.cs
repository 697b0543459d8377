using System;
using System.Runtime.ExceptionServices;

namespace Medborgarlofte.Tests.Support;

/// <summary>
/// Counts the exceptions thrown while an action runs, caught ones included (first-chance), on the calling thread
/// only: tests running in parallel on other threads do not disturb the count.
/// </summary>
internal static class FirstChanceExceptions
{
    [ThreadStatic]
    private static int _thrown;

    [ThreadStatic]
    private static bool _counting;

    /// <summary>Runs <paramref name="action"/> and returns how many exceptions were thrown on this thread meanwhile.</summary>
    /// <param name="action">The code to watch.</param>
    /// <returns>The count.</returns>
    internal static int During(Action action)
    {
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            _thrown = 0;
            _counting = true;
            action();
        }
        finally
        {
            _counting = false;
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        return _thrown;
    }

    private static void Count(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (_counting)
        {
            _thrown++;
        }
    }
}
