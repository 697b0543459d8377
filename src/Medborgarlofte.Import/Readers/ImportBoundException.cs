using System;

namespace Medborgarlofte.Import.Readers;

/// <summary>Raised inside a reader when a document passes a bound after unpacking; caught by <see cref="BlockReader"/> and reported as MI0007.</summary>
internal sealed class ImportBoundException : Exception
{
    public ImportBoundException()
        : base("The document passes an import bound.")
    {
    }

    public ImportBoundException(string message)
        : base(message)
    {
    }

    public ImportBoundException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
