using BenchmarkDotNet.Running;

namespace Medborgarlofte.Benchmarks;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/Medborgarlofte.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        // --write-inputs DIR: the same documents as files, for the Ajv script to measure in the same sitting.
        if (args is ["--write-inputs", var directory])
        {
            System.IO.Directory.CreateDirectory(directory);
            foreach (var name in Inputs.Names)
            {
                System.IO.File.WriteAllBytes(System.IO.Path.Combine(directory, name + ".json"), Inputs.Bytes(name));
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, new BenchmarkConfig());
    }
}
