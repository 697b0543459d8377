namespace Medborgarlofte.Cli;

/// <summary>Entry point of the <c>medborgarlofte</c> command.</summary>
internal static class Program
{
    private static int Main() => 0;
}
